using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.Extensions.Options;

namespace CxPlatform.Ticketing.Sla;

/// <summary>
/// Detects SLA breaches at their due instant: records every due breach, then sleeps until the earliest due instant of any
/// tenant (business time, from <see cref="TimeProvider"/>), woken early by <see cref="SlaDeadlineSignal"/> when this replica
/// schedules an earlier one and by a bounded recheck for other replicas' writes. Every replica runs one; claiming with
/// <c>FOR UPDATE SKIP LOCKED</c> lets them share the work without recording a breach twice.
/// </summary>
internal sealed partial class SlaBreachScheduler(
    IServiceScopeFactory scopes,
    SlaDeadlineStore deadlines,
    SlaDeadlineSignal signal,
    TimeProvider time,
    IOptions<SlaOptions> options,
    ILogger<SlaBreachScheduler> logger) : BackgroundService
{
    // A TimeProvider timer cannot wait much longer than a month; the recheck wakes the scheduler long before anyway.
    private static readonly TimeSpan LongestSleep = TimeSpan.FromDays(1);
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(250);

    private readonly SlaOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var notified = signal.Awake();
                var recordedUpTo = await RecordDueBreachesAsync(stoppingToken);
                var earliest = await deadlines.EarliestDueAsync(stoppingToken);
                backoff = TimeSpan.Zero;
                if (earliest <= recordedUpTo)
                {
                    // Due but not claimable: another replica holds these targets until it commits their breaches.
                    await PauseAsync(FirstBackoff, stoppingToken);
                    continue;
                }
                await SleepAsync(Earlier(earliest, notified), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                backoff = backoff == TimeSpan.Zero ? FirstBackoff : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.MaxBackoff.Ticks));
                LogSchedulerFailed(exception, backoff);
                await PauseAsync(backoff, stoppingToken);
            }
        }
    }

    /// <returns>The instant up to which every due target this replica could claim is now recorded.</returns>
    private async Task<DateTimeOffset> RecordDueBreachesAsync(CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        var failures = new List<Exception>();
        foreach (var tenantId in await deadlines.TenantsWithDueTargetsAsync(now, stoppingToken))
        {
            try
            {
                await RecordDueBreachesAsync(tenantId, now, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // One tenant's failure (e.g. a request that changed a claimed target first) must not hold up the others.
                failures.Add(exception);
            }
        }
        return failures.Count == 0 ? now : throw new AggregateException("Recording SLA breaches failed for some tenants.", failures);
    }

    private async Task RecordDueBreachesAsync(string tenantId, DateTimeOffset now, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateTenantScope(tenantId);
        var recorder = scope.ServiceProvider.GetRequiredService<SlaBreachRecorder>();
        while (await recorder.RecordBatchAsync(now, stoppingToken) == _options.BatchSize)
        {
        }
    }

    private async Task SleepAsync(DateTimeOffset? wakeAt, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        if (wakeAt <= now)
        {
            return;
        }
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var sleep = wakeAt is { } at && at - now < LongestSleep ? at - now : LongestSleep;
        var dueInstant = Task.Delay(sleep, time, wake.Token);
        var recheck = Task.Delay(_options.RecheckInterval, wake.Token);
        var notified = signal.SleepUntil(wakeAt);
        // The clock may have passed the instant while the timer was set (the timer then counts from the later time): look now.
        if (wakeAt is null || time.GetUtcNow() < wakeAt)
        {
            await Task.WhenAny(dueInstant, recheck, notified);
        }
        await wake.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    // Infrastructure pacing, not business time: a real delay even when a test drives the business clock.
    private static async Task PauseAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    [LoggerMessage(LogLevel.Warning, "SLA scheduler failed; retrying in {Backoff}")]
    private partial void LogSchedulerFailed(Exception exception, TimeSpan backoff);
}
