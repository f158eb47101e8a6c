using CxPlatform.ServiceDefaults.Messaging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CxPlatform.Delivery.Dispatch;

/// <summary>
/// Sends due deliveries. Every replica runs one; claiming with <c>FOR UPDATE SKIP LOCKED</c> and a sending lease lets them
/// share the work without sending a delivery twice. Between batches it sleeps until the earliest retry is due (business
/// time, from <see cref="TimeProvider"/>), woken at once by its own replica's commits (<see cref="DeliverySignal"/>) and by
/// a bounded poll for other replicas'.
/// </summary>
internal sealed partial class DeliveryDispatcher(
    DeliveryStore store,
    DeliverySender sender,
    DeliverySignal signal,
    TimeProvider time,
    IOptions<DeliveryOptions> options,
    ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    // A TimeProvider timer cannot wait much longer than a month; the poll wakes the dispatcher long before anyway.
    private static readonly TimeSpan LongestSleep = TimeSpan.FromDays(1);

    private readonly DeliveryOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = new ExponentialBackoff(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(10));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var notified = signal.NextNotification();
                var claimed = await store.ClaimDueAsync(time.GetUtcNow(), _options.BatchSize, _options.SendingLease, stoppingToken);
                await sender.SendAllAsync(claimed, stoppingToken);
                failures.Reset();
                if (claimed.Count < _options.BatchSize)
                {
                    await SleepAsync(await store.EarliestDueAsync(stoppingToken), notified, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                var pause = failures.Next();
                LogDispatcherFailed(exception, pause);
                await PauseAsync(pause, stoppingToken);
            }
        }
    }

    private async Task SleepAsync(DateTimeOffset? earliestDue, Task notified, CancellationToken stoppingToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        // Infrastructure pacing, not business time: the poll is a real delay even when a test drives the business clock.
        var waits = new List<Task> { notified, Task.Delay(_options.PollInterval, wake.Token) };
        if (earliestDue is { } due)
        {
            var untilDue = due - time.GetUtcNow();
            if (untilDue <= TimeSpan.Zero)
            {
                return;
            }
            waits.Add(Task.Delay(untilDue < LongestSleep ? untilDue : LongestSleep, time, wake.Token));
        }
        await Task.WhenAny(waits);
        await wake.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    private static async Task PauseAsync(TimeSpan pause, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(pause, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(LogLevel.Warning, "Delivery dispatcher failed; retrying in {Pause}")]
    private partial void LogDispatcherFailed(Exception exception, TimeSpan pause);
}
