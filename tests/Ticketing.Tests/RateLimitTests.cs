using System.Net;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Ticketing.Tests;

public sealed class RateLimitedTicketingFactory : TicketingApiFactory
{
    public RateLimitedTicketingFactory(PlatformContainers containers) : base(containers)
    {
        WithSetting("RateLimiting:PermitsPerSecond", "1");
        WithSetting("RateLimiting:BurstLimit", "3");
    }
}

public sealed class RateLimitTests(RateLimitedTicketingFactory factory) : IClassFixture<RateLimitedTicketingFactory>
{
    [Fact]
    public async Task A_tenant_over_its_rate_gets_429_with_Retry_After_while_other_tenants_are_served()
    {
        var noisy = factory.CreateClient("noisy", CxRoles.Agent);
        var quiet = factory.CreateClient("quiet", CxRoles.Agent);

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
        {
            responses.Add(await noisy.GetAsync("/api/v1/tickets"));
        }
        var quietResponse = await quiet.GetAsync("/api/v1/tickets");

        var limited = responses.First(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, quietResponse.StatusCode);
    }
}
