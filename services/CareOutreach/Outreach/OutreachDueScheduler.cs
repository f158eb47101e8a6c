using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.Extensions.Options;

namespace CxPlatform.Care.Outreach;

/// <summary>
/// Moves outreach tasks from <c>scheduled</c> to <c>due</c> at their scheduled instant: promotes every task whose instant has
/// come, then sleeps until the earliest scheduled instant of any tenant (from <see cref="TimeProvider"/>), woken early by
/// <see cref="OutreachScheduleSignal"/> and by a bounded recheck for other replicas' writes. Every replica runs one.
/// </summary>
internal sealed partial class OutreachDueScheduler(
    IServiceScopeFactory scopes,
    OutreachDueStore store,
    OutreachScheduleSignal signal,
    TimeProvider time,
    IOptions<OutreachOptions> options,
    ILogger<OutreachDueScheduler> logger) : BackgroundService
{
    // A TimeProvider timer cannot wait much longer than a month; the recheck wakes the scheduler long before anyway.
    private static readonly TimeSpan LongestSleep = TimeSpan.FromDays(1);
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(250);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                signal.Looking();
                var now = time.GetUtcNow();
                await PromoteDueTasksAsync(now, stoppingToken);
                var earliest = await store.EarliestScheduledAsync(stoppingToken);
                backoff = TimeSpan.Zero;
                if (earliest <= now)
                {
                    // Due but not claimable: another replica holds these tasks until it commits.
                    await PauseAsync(FirstBackoff, stoppingToken);
                    continue;
                }
                await SleepAsync(earliest, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                backoff = backoff == TimeSpan.Zero ? FirstBackoff : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, options.Value.MaxBackoff.Ticks));
                LogSchedulerFailed(exception, backoff);
                await PauseAsync(backoff, stoppingToken);
            }
        }
    }

    private async Task PromoteDueTasksAsync(DateTimeOffset now, CancellationToken stoppingToken)
    {
        var failures = new List<Exception>();
        foreach (var tenantId in await store.TenantsWithDueTasksAsync(now, stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateTenantScope(tenantId);
                var promoter = scope.ServiceProvider.GetRequiredService<OutreachDuePromoter>();
                while (await promoter.PromoteBatchAsync(now, stoppingToken) == options.Value.BatchSize)
                {
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // One tenant's failure (e.g. an agent's change racing the claim) must not hold up the others.
                failures.Add(exception);
            }
        }
        if (failures.Count > 0)
        {
            throw new AggregateException("Making outreach tasks due failed for some tenants.", failures);
        }
    }

    private async Task SleepAsync(DateTimeOffset? wakeAt, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var sleep = wakeAt is { } at && at - now < LongestSleep ? at - now : LongestSleep;
        var scheduledInstant = Task.Delay(sleep, time, wake.Token);
        var recheck = Task.Delay(options.Value.RecheckInterval, wake.Token);
        var notified = signal.SleepUntil(wakeAt);
        // The clock may have passed the instant while the timer was set (the timer then counts from the later time): look now.
        if (wakeAt is null || time.GetUtcNow() < wakeAt)
        {
            await Task.WhenAny(scheduledInstant, recheck, notified);
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

    [LoggerMessage(LogLevel.Warning, "Outreach scheduler failed; retrying in {Backoff}")]
    private partial void LogSchedulerFailed(Exception exception, TimeSpan backoff);
}
