using System.Globalization;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Grpc;
using CxPlatform.ServiceDefaults.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace CxPlatform.Bench.CareOutreach.Service;

/// <summary>
/// The CareOutreach service's own <c>Program</c>, configured as the AppHost configures it (Aspire-convention connection strings,
/// a development signing key, the development mail server, an <c>http</c> endpoint and an HTTP/2-only <c>grpc</c> endpoint,
/// migrations at start-up), in the Production environment with its logging at Warning.
/// </summary>
public sealed class CareOutreachServiceFactory(CareOutreachServiceSettings settings) : WebApplicationFactory<Program>
{
    /// <summary>The per-tenant token bucket would cap a one-tenant load test at the policy's rate, which measures the policy.</summary>
    private const int UnlimitedRate = 1_000_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.CareOutreachDb}", settings.Database);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Messaging}", settings.Messaging);
        builder.UseSetting($"{CxAuthOptions.SectionName}:SigningKey", settings.SigningKey);
        builder.UseSetting("Kestrel:Endpoints:http:Url", settings.HttpAddress.ToString());
        builder.UseSetting($"Kestrel:Endpoints:{ServiceEndpointConfiguration.GrpcEndpointName}:Url", settings.GrpcAddress.ToString());
        builder.UseSetting($"Kestrel:Endpoints:{ServiceEndpointConfiguration.GrpcEndpointName}:Protocols", "Http2");
        // The AppHost's development mail server: plain SMTP on loopback (WithMailServer).
        builder.UseSetting("Delivery:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Delivery:Smtp:Port", settings.SmtpPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Delivery:Smtp:Security", "None");
        builder.UseSetting("Delivery:Smtp:FromAddress", "care@cxplatform.localhost");
        builder.UseSetting(DataExtensions.MigrateOnStartupKey, "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting($"{RateLimitingExtensions.SectionName}:{nameof(RateLimitSettings.PermitsPerSecond)}", Unlimited);
        builder.UseSetting($"{RateLimitingExtensions.SectionName}:{nameof(RateLimitSettings.BurstLimit)}", Unlimited);
    }

    private static string Unlimited => UnlimitedRate.ToString(CultureInfo.InvariantCulture);
}
