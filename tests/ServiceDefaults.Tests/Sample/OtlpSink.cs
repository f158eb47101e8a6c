using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace CxPlatform.ServiceDefaults.Tests.Sample;

/// <summary>A stand-in OpenTelemetry collector (OTLP over HTTP/protobuf): records which signal paths received exports.</summary>
public sealed class OtlpSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _exports = new();

    private OtlpSink(WebApplication app) => _app = app;

    public string Endpoint => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    public int ExportsTo(string path) => _exports.GetValueOrDefault(path);

    public static async Task<OtlpSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new OtlpSink(app);
        app.MapPost("/v1/{signal}", async (HttpContext context, string signal) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            if (body.Length > 0)
            {
                sink._exports.AddOrUpdate($"/v1/{signal}", 1, (_, n) => n + 1);
            }
            return Results.Ok();
        });
        await app.StartAsync();
        return sink;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
