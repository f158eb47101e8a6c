using System.Diagnostics;
using CxPlatform.Delivery.Channels;
using CxPlatform.Delivery.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CxPlatform.Delivery.Dispatch;

/// <summary>Makes one attempt per claimed delivery through its channel and records the outcome.</summary>
internal sealed partial class DeliverySender(
    IEnumerable<IDeliveryChannel> channels,
    DeliveryStore store,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<DeliverySender> logger)
{
    private readonly Dictionary<string, IDeliveryChannel> _channels = channels.ToDictionary(channel => channel.Name);
    private readonly DeliveryOptions _options = options.Value;

    public Task SendAllAsync(IReadOnlyList<ClaimedDelivery> claimed, CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(
            claimed,
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelSends },
            async (delivery, _) => await SendAsync(delivery, stoppingToken));

    private async Task SendAsync(ClaimedDelivery delivery, CancellationToken stoppingToken)
    {
        if (stoppingToken.IsCancellationRequested)
        {
            await store.ReleaseAsync(delivery, time.GetUtcNow(), attempted: false);
            return;
        }
        DeliveryOutcome outcome;
        try
        {
            outcome = await AttemptAsync(delivery, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down mid-send: whether it arrived is unknown, so it is sent again (with the same id) after restart.
            await store.ReleaseAsync(delivery, time.GetUtcNow(), attempted: true);
            return;
        }
        await RecordAsync(delivery, outcome);
    }

    private async Task<DeliveryOutcome> AttemptAsync(ClaimedDelivery delivery, CancellationToken stoppingToken)
    {
        if (delivery.Attempt > _options.MaxAttempts)
        {
            return DeliveryOutcome.Permanent("The last attempt was interrupted before its outcome was known.");
        }
        if (!_channels.TryGetValue(delivery.Channel, out var channel))
        {
            return DeliveryOutcome.Permanent($"No '{delivery.Channel}' channel is registered in this service.");
        }

        ActivityContext.TryParse(delivery.TraceParent, null, out var enqueuedIn);
        using var activity = DeliveryDiagnostics.ActivitySource.StartActivity($"{delivery.Channel} delivery", ActivityKind.Client, enqueuedIn);
        activity?.SetTag("cxp.delivery.id", delivery.Id);
        activity?.SetTag(DeliveryDiagnostics.ChannelTag, delivery.Channel);
        activity?.SetTag("cxp.delivery.attempt", delivery.Attempt);
        try
        {
            var outcome = await channel.SendAsync(delivery, stoppingToken);
            if (outcome.Kind != DeliveryOutcomeKind.Delivered)
            {
                activity?.SetStatus(ActivityStatusCode.Error, outcome.Error);
            }
            return outcome;
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogChannelThrew(exception, delivery.Id, delivery.Channel);
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            return DeliveryOutcome.Transient($"The {delivery.Channel} channel failed unexpectedly ({exception.GetType().Name}).");
        }
    }

    private async Task RecordAsync(ClaimedDelivery delivery, DeliveryOutcome outcome)
    {
        var now = time.GetUtcNow();
        var channel = new KeyValuePair<string, object?>(DeliveryDiagnostics.ChannelTag, delivery.Channel);
        var error = outcome.Error ?? "Unknown error.";
        switch (outcome.Kind)
        {
            case DeliveryOutcomeKind.Delivered:
                await store.MarkDeliveredAsync(delivery, now, outcome.ProviderMessageId);
                DeliveryDiagnostics.Delivered.Add(1, channel);
                LogDelivered(delivery.TenantId, delivery.Id, delivery.Channel, delivery.Attempt);
                break;
            case DeliveryOutcomeKind.TransientFailure when delivery.Attempt < _options.MaxAttempts:
                var nextAttemptAt = now + RetrySchedule.DelayAfter(delivery.Attempt, outcome.RetryAfter, _options, Random.Shared);
                await store.ScheduleRetryAsync(delivery, nextAttemptAt, error);
                DeliveryDiagnostics.Retried.Add(1, channel);
                LogRetrying(delivery.TenantId, delivery.Id, delivery.Channel, delivery.Attempt, error, nextAttemptAt);
                break;
            case DeliveryOutcomeKind.TransientFailure:
                await store.MarkFailedAsync(delivery, now, $"{error} (gave up after {delivery.Attempt} attempts)");
                DeliveryDiagnostics.Failed.Add(1, channel);
                LogFailed(delivery.TenantId, delivery.Id, delivery.Channel, delivery.Attempt, error);
                break;
            default:
                await store.MarkFailedAsync(delivery, now, error);
                DeliveryDiagnostics.Failed.Add(1, channel);
                LogFailed(delivery.TenantId, delivery.Id, delivery.Channel, delivery.Attempt, error);
                break;
        }
    }

    [LoggerMessage(LogLevel.Information, "Delivery {TenantId}/{DeliveryId} ({Channel}) delivered on attempt {Attempt}")]
    private partial void LogDelivered(string tenantId, Guid deliveryId, string channel, int attempt);

    [LoggerMessage(LogLevel.Warning, "Delivery {TenantId}/{DeliveryId} ({Channel}) attempt {Attempt} failed, retrying at {NextAttemptAt}: {Error}")]
    private partial void LogRetrying(string tenantId, Guid deliveryId, string channel, int attempt, string error, DateTimeOffset nextAttemptAt);

    [LoggerMessage(LogLevel.Error, "Delivery {TenantId}/{DeliveryId} ({Channel}) failed for good on attempt {Attempt}: {Error}")]
    private partial void LogFailed(string tenantId, Guid deliveryId, string channel, int attempt, string error);

    [LoggerMessage(LogLevel.Error, "The {Channel} channel threw while sending delivery {DeliveryId}")]
    private partial void LogChannelThrew(Exception exception, Guid deliveryId, string channel);
}
