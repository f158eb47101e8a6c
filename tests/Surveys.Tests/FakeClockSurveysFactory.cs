using System.Net.Http.Headers;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CxPlatform.Surveys.Tests;

/// <summary>Surveys whose clock the test sets; tokens are minted to be valid on that clock.</summary>
public sealed class FakeClockSurveysFactory(PlatformContainers containers) : SurveysApiFactory(containers)
{
    /// <summary>Monday 2 March 2026, 12:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public HttpClient Client(string tenant, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", DevelopmentTokens.Create(TestTokens.SigningKey, tenant, roles, $"{tenant}-user", TimeSpan.FromDays(10_000), new FakeTimeProvider(Start)));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
