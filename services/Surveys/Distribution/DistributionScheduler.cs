using CxPlatform.ServiceDefaults.Messaging;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.Extensions.Options;

namespace CxPlatform.Surveys.Distribution;

/// <summary>
/// Issues planned invitations, records due reminders and stores expiries at their instant, then sleeps until the earliest
/// instant of any tenant (from <see cref="TimeProvider"/>) or a bounded recheck for work planned since. Every replica runs one.
/// A smaller cousin of CareOutreach's <c>OutreachDueScheduler</c> (no in-process wake-up signal): a shared scheduler loop in
/// ServiceDefaults would serve both.
/// </summary>
internal sealed partial class DistributionScheduler(
    IServiceScopeFactory scopes,
    DistributionStore store,
    TimeProvider time,
    IOptions<DistributionOptions> options,
    ILogger<DistributionScheduler> logger) : BackgroundService
{
    // A TimeProvider timer cannot wait much longer than a month; the recheck wakes the scheduler long before anyway.
    private static readonly TimeSpan LongestSleep = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new ExponentialBackoff(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(10));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = time.GetUtcNow();
                await WorkAsync(now, stoppingToken);
                backoff.Reset();
                await SleepAsync(await store.EarliestAsync(stoppingToken), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                var delay = backoff.Next();
                LogSchedulerFailed(exception, delay);
                // Infrastructure pacing, not business time: a real delay even when a test drives the business clock.
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task WorkAsync(DateTimeOffset now, CancellationToken stoppingToken)
    {
        var failures = new List<Exception>();
        foreach (var tenantId in await store.TenantsWithDueWorkAsync(now, stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateTenantScope(tenantId);
                var runs = scope.ServiceProvider.GetRequiredService<ScheduledRuns>();
                while (await runs.RunBatchAsync(now, stoppingToken) == options.Value.BatchSize)
                {
                }
                var issuer = scope.ServiceProvider.GetRequiredService<InvitationIssuer>();
                while (await issuer.IssueBatchAsync(now, stoppingToken) == options.Value.BatchSize)
                {
                }
                var sweeper = scope.ServiceProvider.GetRequiredService<InvitationSweeper>();
                while (await sweeper.SweepBatchAsync(now, stoppingToken) == options.Value.BatchSize)
                {
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // One tenant's failure must not hold up the others.
                failures.Add(exception);
            }
        }
        if (failures.Count > 0)
        {
            throw new AggregateException("Distributing invitations failed for some tenants.", failures);
        }
    }

    private async Task SleepAsync(DateTimeOffset? wakeAt, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        if (wakeAt <= now)
        {
            // Due but not claimable (another replica holds the rows until it commits): look again shortly.
            await Task.Delay(TimeSpan.FromMilliseconds(250), stoppingToken);
            return;
        }
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var sleep = wakeAt is { } at && at - now < LongestSleep ? at - now : LongestSleep;
        await Task.WhenAny(Task.Delay(sleep, time, wake.Token), Task.Delay(options.Value.RecheckInterval, wake.Token));
        await wake.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    [LoggerMessage(LogLevel.Warning, "Distribution scheduler failed; retrying in {Backoff}")]
    private partial void LogSchedulerFailed(Exception exception, TimeSpan backoff);
}
