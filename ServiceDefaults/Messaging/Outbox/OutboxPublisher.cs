using System.Diagnostics;
using System.Text.Json;
using CxPlatform.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CxPlatform.ServiceDefaults.Messaging.Outbox;

/// <summary>
/// Publishes a batch with broker confirms: streams (aggregates) in parallel, each stream strictly in order and stopping at its
/// first failure, so no event overtakes an earlier one of the same aggregate.
/// </summary>
internal sealed class OutboxPublisher(IBus bus, TimeProvider time, IOptions<OutboxOptions> options)
{
    public const string TenantHeader = "cxp-tenant";

    private static readonly System.Diagnostics.Metrics.Counter<long> Published =
        CxDiagnostics.Meter.CreateCounter<long>("cxp.outbox.published", description: "Outbox messages confirmed by the broker");
    private static readonly System.Diagnostics.Metrics.Histogram<double> Lag =
        CxDiagnostics.Meter.CreateHistogram<double>("cxp.outbox.lag", unit: "ms", description: "Commit to broker confirm");

    public async Task<OutboxPublishResult> PublishAsync(IReadOnlyList<PendingOutboxMessage> batch, CancellationToken cancellationToken)
    {
        var streams = batch.GroupBy(message => message.StreamKey).Select(stream => PublishStreamAsync(stream.ToList(), cancellationToken));
        var results = await Task.WhenAll(streams);
        return new OutboxPublishResult(
            results.SelectMany(r => r.Sent).ToList(),
            results.SelectMany(r => r.Poison).ToList(),
            results.Select(r => r.TransientFailure).FirstOrDefault(f => f is not null));
    }

    private async Task<OutboxPublishResult> PublishStreamAsync(List<PendingOutboxMessage> stream, CancellationToken cancellationToken)
    {
        var sent = new List<Guid>(stream.Count);
        var poison = new List<OutboxFailure>();
        foreach (var message in stream)
        {
            var type = MessageTypeName.Resolve(message.MessageType);
            object? body;
            try
            {
                body = type is null ? null : JsonSerializer.Deserialize(message.Payload, type, JsonSerializerOptions.Web);
            }
            catch (JsonException exception)
            {
                body = null;
                poison.Add(new OutboxFailure(message, $"Payload does not deserialize: {exception.Message}"));
                continue;
            }
            if (type is null || body is null)
            {
                poison.Add(new OutboxFailure(message, $"Unknown message type '{message.MessageType}'."));
                continue;
            }

            try
            {
                await PublishOneAsync(message, body, type, cancellationToken);
                sent.Add(message.Id);
                Published.Add(1);
                Lag.Record((time.GetUtcNow() - message.CreatedAt).TotalMilliseconds);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                return new OutboxPublishResult(sent, poison, new OutboxFailure(message, exception.GetBaseException().Message));
            }
        }
        return new OutboxPublishResult(sent, poison, null);
    }

    private async Task PublishOneAsync(PendingOutboxMessage message, object body, Type type, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        using var activity = CxDiagnostics.ActivitySource.StartActivity("outbox publish", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.Id);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        await bus.Publish(body, type, Pipe.Execute<PublishContext>(context =>
        {
            context.MessageId = message.Id;
            context.Headers.Set(TenantHeader, message.TenantId);
        }), timeout.Token);
    }
}
