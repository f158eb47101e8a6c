using System.Collections.Concurrent;
using CxPlatform.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CxPlatform.Testing.Delivery;

/// <summary>
/// A real webhook receiver: Kestrel on a loopback port. Each hook (<c>/hooks/{name}</c>) answers its scripted statuses in
/// order, then 200, and records every request it got.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedAnswer>> _scripts = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public string BaseAddress => _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();

    public IReadOnlyList<ReceivedWebhook> Received => _received.ToArray();

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks/{hook}", receiver.ReceiveAsync);
        await app.StartAsync();
        return receiver;
    }

    public string UrlOf(string hook) => $"{BaseAddress}/hooks/{hook}";

    /// <summary>The hook answers these first, one per request, then 200.</summary>
    public void Script(string hook, params ScriptedAnswer[] answers) => _scripts[hook] = new ConcurrentQueue<ScriptedAnswer>(answers);

    public IReadOnlyList<ReceivedWebhook> ReceivedAt(string hook) => Received.Where(request => request.Hook == hook).ToList();

    public IReadOnlyList<ReceivedWebhook> ReceivedFor(Guid deliveryId) =>
        Received.Where(request => request.DeliveryId == deliveryId.ToString()).ToList();

    private async Task<IResult> ReceiveAsync(string hook, HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        _received.Enqueue(new ReceivedWebhook(
            hook,
            request.Headers[DeliveryHeaders.DeliveryId],
            request.Headers[DeliveryHeaders.Timestamp],
            request.Headers[DeliveryHeaders.Signature],
            request.ContentType,
            body.ToArray()));

        var answer = _scripts.TryGetValue(hook, out var script) && script.TryDequeue(out var next) ? next : new ScriptedAnswer(StatusCodes.Status200OK);
        if (answer.AnswerAfter is { } pause)
        {
            await Task.Delay(pause, request.HttpContext.RequestAborted);
        }
        if (answer.RetryAfter is not null)
        {
            request.HttpContext.Response.Headers.RetryAfter = answer.RetryAfter;
        }
        return Results.StatusCode(answer.Status);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
