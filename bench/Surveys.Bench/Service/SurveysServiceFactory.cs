using System.Globalization;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Grpc;
using CxPlatform.ServiceDefaults.Http;
using CxPlatform.Surveys.Distribution;
using CxPlatform.Surveys.Invitations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace CxPlatform.Bench.Surveys.Service;

/// <summary>
/// The Surveys service's own <c>Program</c>, configured as the AppHost configures it (Aspire-convention connection strings and
/// service addresses, a development signing key, an invitation signing key, its public base URL, migrations at start-up), in
/// the Production environment with its logging at Warning.
/// </summary>
public sealed class SurveysServiceFactory(SurveysServiceSettings settings) : WebApplicationFactory<Program>
{
    /// <summary>
    /// The token buckets (per tenant, and per client address for the anonymous public endpoint) would cap a load test from one
    /// address at the policy's rate, which measures the policy, not the service. Real respondents come from many addresses.
    /// </summary>
    private const int UnlimitedRate = 1_000_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.SurveysDb}", settings.Database);
        builder.UseSetting($"ConnectionStrings:{ResourceNames.Messaging}", settings.Messaging);
        builder.UseSetting($"{CxAuthOptions.SectionName}:SigningKey", settings.SigningKey);
        builder.UseSetting($"{SurveysOptions.SectionName}:{nameof(SurveysOptions.InvitationSigningKey)}", settings.InvitationSigningKey);
        builder.UseSetting($"{SurveysOptions.SectionName}:{nameof(SurveysOptions.PublicBaseUrl)}", settings.Address.ToString());
        builder.UseSetting($"services:{ResourceNames.Ticketing}:{ServiceEndpointConfiguration.GrpcEndpointName}:0", settings.ContactAddress);
        builder.UseSetting($"services:{ResourceNames.CareOutreach}:{ServiceEndpointConfiguration.GrpcEndpointName}:0", settings.ContactAddress);
        builder.UseSetting(
            $"{DistributionOptions.SectionName}:{nameof(DistributionOptions.RecheckInterval)}",
            settings.RecheckInterval.ToString("c", CultureInfo.InvariantCulture));
        // The AppHost's development mail server: plain SMTP on loopback (WithMailServer).
        builder.UseSetting("Delivery:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Delivery:Smtp:Port", settings.SmtpPort.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Delivery:Smtp:Security", "None");
        builder.UseSetting("Delivery:Smtp:FromAddress", "surveys@cxplatform.localhost");
        builder.UseSetting(DataExtensions.MigrateOnStartupKey, "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting($"{RateLimitingExtensions.SectionName}:{nameof(RateLimitSettings.PermitsPerSecond)}", Unlimited);
        builder.UseSetting($"{RateLimitingExtensions.SectionName}:{nameof(RateLimitSettings.BurstLimit)}", Unlimited);
    }

    private static string Unlimited => UnlimitedRate.ToString(CultureInfo.InvariantCulture);
}
