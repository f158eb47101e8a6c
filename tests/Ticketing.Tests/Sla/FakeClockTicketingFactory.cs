using CxPlatform.ServiceDefaults.BusinessTime;
using System.Net.Http.Headers;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CxPlatform.Ticketing.Tests.Sla;

/// <summary>
/// Ticketing whose business clock the test drives. The scheduler's recheck is slower than any test, so a breach seen within
/// one can only come from the scheduler sleeping until the due instant (or being woken by a write).
/// </summary>
public class FakeClockTicketingFactory : TicketingApiFactory
{
    /// <summary>Monday 2 March 2026, 09:00 in Zurich.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public FakeClockTicketingFactory(PlatformContainers containers) : base(containers) =>
        WithSetting("Sla:RecheckInterval", "00:10:00");

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>A client with a token valid on the fake clock as well as the real one.</summary>
    public HttpClient Client(string tenant, params string[] roles) => Authorize(CreateClient(), tenant, roles);

    /// <summary>Another replica on the same database, broker and clock.</summary>
    public WebApplicationFactory<Program> Replica() => WithWebHostBuilder(_ => { });

    public static HttpClient Authorize(HttpClient client, string tenant, params string[] roles)
    {
        var token = DevelopmentTokens.Create(TestTokens.SigningKey, tenant, roles, $"{tenant}-user", TimeSpan.FromDays(1000), new FakeTimeProvider(Start));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
