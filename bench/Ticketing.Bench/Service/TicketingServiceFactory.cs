using CxPlatform.Bench.Common.Service;
using CxPlatform.ServiceDefaults;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CxPlatform.Bench.Ticketing.Service;

/// <summary>
/// The Ticketing service's own <c>Program</c>, configured as the AppHost configures it (Aspire-convention connection strings,
/// a development signing key, migrations at start-up), in the Production environment with its logging at Warning.
/// </summary>
public sealed class TicketingServiceFactory(string databaseConnectionString, string messagingConnectionString, string signingKey)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseAppHostConventions(ResourceNames.TicketingDb, databaseConnectionString, messagingConnectionString, signingKey);
    }
}
