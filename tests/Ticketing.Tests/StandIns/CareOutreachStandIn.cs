using System.Net;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace CxPlatform.Ticketing.Tests.StandIns;

/// <summary>
/// CareOutreach is not built yet, so this stands in for it at the real boundary: the real care_outreach.proto contract on
/// a real Kestrel HTTP/2 (h2c) port, validating tokens like a platform service (role <c>service</c> required) and
/// recording every call. Its port is fixed up front, so Ticketing can be pointed at it before it starts.
/// </summary>
public sealed class CareOutreachStandIn : IAsyncDisposable
{
    private WebApplication? _app;

    public int Port { get; } = FreePort.Next();
    public string Address => $"http://127.0.0.1:{Port}";
    public StandInCustomers Customers { get; } = new();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration[$"{CxAuthOptions.SectionName}:SigningKey"] = TestTokens.SigningKey;
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, Port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.AddDefaultAuthentication();
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(Customers);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGrpcService<StandInCareOutreachService>().RequireAuthorization(CxPolicies.Service);
        await app.StartAsync();
        _app = app;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }
}
