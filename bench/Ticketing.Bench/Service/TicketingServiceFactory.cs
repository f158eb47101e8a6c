using System.Globalization;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace CxPlatform.Bench.Ticketing.Service;

/// <summary>
/// The Ticketing service's own <c>Program</c>, configured as the AppHost configures it (Aspire-convention connection strings,
/// a development signing key, migrations at start-up), in the Production environment with its logging at Warning.
/// </summary>
public sealed class TicketingServiceFactory(string databaseConnectionString, string messagingConnectionString, string signingKey)
    : WebApplicationFactory<Program>
{
    /// <summary>
    /// The per-tenant token bucket (200 requests/s by default) would cap a single-tenant load test at the policy's rate,
    /// which measures the policy, not the service.
    /// </summary>
    private const int UnlimitedRate = 1_000_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.TicketingDb}", databaseConnectionString);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Messaging}", messagingConnectionString);
        builder.UseSetting($"{CxAuthOptions.SectionName}:SigningKey", signingKey);
        builder.UseSetting(DataExtensions.MigrateOnStartupKey, "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting($"{RateLimitingExtensions.SectionName}:{nameof(RateLimitSettings.PermitsPerSecond)}", Unlimited);
        builder.UseSetting($"{RateLimitingExtensions.SectionName}:{nameof(RateLimitSettings.BurstLimit)}", Unlimited);
    }

    private static string Unlimited => UnlimitedRate.ToString(CultureInfo.InvariantCulture);
}
