using System.Globalization;
using CxPlatform.Bench.Common.Service;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Grpc;
using CxPlatform.Surveys.Distribution;
using CxPlatform.Surveys.Invitations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CxPlatform.Bench.Surveys.Service;

/// <summary>
/// The Surveys service's own <c>Program</c>, configured as the AppHost configures it (Aspire-convention connection strings and
/// service addresses, a development signing key, an invitation signing key, its public base URL, migrations at start-up), in
/// the Production environment with its logging at Warning.
/// </summary>
public sealed class SurveysServiceFactory(SurveysServiceSettings settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseAppHostConventions(ResourceNames.SurveysDb, settings.Database, settings.Messaging, settings.SigningKey);
        builder.UseDevelopmentMailServer(settings.SmtpPort, "surveys@cxplatform.localhost");
        builder.UseSetting($"{SurveysOptions.SectionName}:{nameof(SurveysOptions.InvitationSigningKey)}", settings.InvitationSigningKey);
        builder.UseSetting($"{SurveysOptions.SectionName}:{nameof(SurveysOptions.PublicBaseUrl)}", settings.Address.ToString());
        builder.UseSetting($"services:{ResourceNames.Ticketing}:{ServiceEndpointConfiguration.GrpcEndpointName}:0", settings.ContactAddress);
        builder.UseSetting($"services:{ResourceNames.CareOutreach}:{ServiceEndpointConfiguration.GrpcEndpointName}:0", settings.ContactAddress);
        builder.UseSetting(
            $"{DistributionOptions.SectionName}:{nameof(DistributionOptions.RecheckInterval)}",
            settings.RecheckInterval.ToString("c", CultureInfo.InvariantCulture));
    }
}
