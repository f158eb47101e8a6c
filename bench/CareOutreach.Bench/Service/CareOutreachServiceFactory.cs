using CxPlatform.Bench.Common.Service;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Grpc;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CxPlatform.Bench.CareOutreach.Service;

/// <summary>
/// The CareOutreach service's own <c>Program</c>, configured as the AppHost configures it (Aspire-convention connection strings,
/// a development signing key, the development mail server, an <c>http</c> endpoint and an HTTP/2-only <c>grpc</c> endpoint,
/// migrations at start-up), in the Production environment with its logging at Warning.
/// </summary>
public sealed class CareOutreachServiceFactory(CareOutreachServiceSettings settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseAppHostConventions(ResourceNames.CareOutreachDb, settings.Database, settings.Messaging, settings.SigningKey);
        builder.UseDevelopmentMailServer(settings.SmtpPort, "care@cxplatform.localhost");
        builder.UseSetting("Kestrel:Endpoints:http:Url", settings.HttpAddress.ToString());
        builder.UseSetting($"Kestrel:Endpoints:{ServiceEndpointConfiguration.GrpcEndpointName}:Url", settings.GrpcAddress.ToString());
        builder.UseSetting($"Kestrel:Endpoints:{ServiceEndpointConfiguration.GrpcEndpointName}:Protocols", "Http2");
    }
}
