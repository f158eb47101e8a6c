using System.Globalization;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;

namespace CxPlatform.Bench.Common.Service;

/// <summary>A service under benchmark configured as the AppHost configures it, in the Production environment.</summary>
public static class AppHostConventions
{
    /// <summary>
    /// The per-tenant token bucket (and the per-address one of anonymous endpoints) would cap a load test from one tenant and
    /// one address at the policy's rate, which measures the policy, not the service.
    /// </summary>
    private const int UnlimitedRate = 1_000_000;

    /// <summary>
    /// Aspire-convention connection strings, a development signing key, migrations at start-up, logging at Warning, and no
    /// rate limit.
    /// </summary>
    public static IWebHostBuilder UseAppHostConventions(
        this IWebHostBuilder builder, string databaseResource, string database, string messaging, string signingKey)
    {
        var unlimited = UnlimitedRate.ToString(CultureInfo.InvariantCulture);
        return builder
            .UseEnvironment(Environments.Production)
            .UseSetting($"ConnectionStrings:{databaseResource}", database)
            .UseSetting($"ConnectionStrings:{ResourceNames.Messaging}", messaging)
            .UseSetting($"{CxAuthOptions.SectionName}:SigningKey", signingKey)
            .UseSetting(DataExtensions.MigrateOnStartupKey, "true")
            .UseSetting("Logging:LogLevel:Default", "Warning")
            .UseSetting($"{RateLimitingExtensions.SectionName}:{nameof(RateLimitSettings.PermitsPerSecond)}", unlimited)
            .UseSetting($"{RateLimitingExtensions.SectionName}:{nameof(RateLimitSettings.BurstLimit)}", unlimited);
    }

    /// <summary>The AppHost's development mail server: plain SMTP on loopback (<c>WithMailServer</c>).</summary>
    public static IWebHostBuilder UseDevelopmentMailServer(this IWebHostBuilder builder, int smtpPort, string fromAddress) => builder
        .UseSetting("Delivery:Smtp:Host", "127.0.0.1")
        .UseSetting("Delivery:Smtp:Port", smtpPort.ToString(CultureInfo.InvariantCulture))
        .UseSetting("Delivery:Smtp:Security", "None")
        .UseSetting("Delivery:Smtp:FromAddress", fromAddress);
}
