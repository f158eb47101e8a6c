using System.Net;
using CxPlatform.Bench.Common.Infrastructure;
using CxPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CxPlatform.Bench.Surveys.Service;

/// <summary>
/// Ticketing's <c>CountOpenTickets</c> and CareOutreach's <c>GetContactPolicy</c> at the real boundary: the real protos on a
/// real Kestrel h2c port, service tokens validated like a platform service does. They answer at once (no open ticket, e-mail
/// allowed), so the benchmark measures Surveys' side of the contact checks (two gRPC round trips per invitation), not the
/// callees' own work.
/// </summary>
public sealed class ContactStandIns : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ContactStandIns(WebApplication app, string address) => (_app, Address) = (app, address);

    public string Address { get; }

    public static async Task<ContactStandIns> StartAsync(string signingKey)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Configuration[$"{CxAuthOptions.SectionName}:SigningKey"] = signingKey;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.AddDefaultAuthentication();
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGrpcService<StandInTicketing>().RequireAuthorization(CxPolicies.Service);
        app.MapGrpcService<StandInCareOutreach>().RequireAuthorization(CxPolicies.Service);
        await app.StartAsync();
        return new ContactStandIns(app, $"http://127.0.0.1:{port}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
