using CxPlatform.ServiceDefaults.Messaging;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.Extensions.Options;

namespace CxPlatform.Care.Outreach;

/// <summary>
/// Acts on rows whose deadline has come, in every tenant, then sleeps until the earliest next deadline of any tenant (on
/// <see cref="TimeProvider"/>), woken early by its <see cref="DeadlineSignal"/> and by a bounded recheck for other replicas'
/// writes. Every replica runs one; the batches claim rows with <c>FOR UPDATE SKIP LOCKED</c>, so replicas share the work.
/// </summary>
internal abstract partial class DeadlineScheduler(
    IServiceScopeFactory scopes,
    DeadlineSignal signal,
    TimeProvider time,
    IOptions<OutreachOptions> options,
    ILogger logger) : BackgroundService
{
    // A TimeProvider timer cannot wait much longer than a month; the recheck wakes the scheduler long before anyway.
    private static readonly TimeSpan LongestSleep = TimeSpan.FromDays(1);
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(250);

    /// <summary>The tenants with at least one deadline at or before <paramref name="now"/>.</summary>
    protected abstract Task<IReadOnlyList<string>> TenantsWithWorkAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Acts on one batch of the tenant's rows in its own transaction; returns how many it claimed.</summary>
    protected abstract Task<int> RunBatchAsync(IServiceProvider tenantServices, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The earliest instant at which a row will need work, of any tenant; null when none will.</summary>
    protected abstract Task<DateTimeOffset?> NextDeadlineAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new ExponentialBackoff(FirstBackoff, options.Value.MaxBackoff);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                signal.Looking();
                var now = time.GetUtcNow();
                await RunDueWorkAsync(now, stoppingToken);
                var next = await NextDeadlineAsync(stoppingToken);
                backoff.Reset();
                if (next <= now)
                {
                    // Due but not claimable: another replica holds these rows until it commits.
                    await PauseAsync(FirstBackoff, stoppingToken);
                    continue;
                }
                await SleepAsync(next, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                var delay = backoff.Next();
                LogSchedulerFailed(logger, exception, GetType().Name, delay);
                await PauseAsync(delay, stoppingToken);
            }
        }
    }

    private async Task RunDueWorkAsync(DateTimeOffset now, CancellationToken stoppingToken)
    {
        var failures = new List<Exception>();
        foreach (var tenantId in await TenantsWithWorkAsync(now, stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateTenantScope(tenantId);
                while (await RunBatchAsync(scope.ServiceProvider, now, stoppingToken) == options.Value.BatchSize)
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
            throw new AggregateException($"{GetType().Name} failed for some tenants.", failures);
        }
    }

    private async Task SleepAsync(DateTimeOffset? wakeAt, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var sleep = wakeAt is { } at && at - now < LongestSleep ? at - now : LongestSleep;
        var deadline = Task.Delay(sleep, time, wake.Token);
        var recheck = Task.Delay(options.Value.RecheckInterval, wake.Token);
        var notified = signal.SleepUntil(wakeAt);
        // The clock may have passed the instant while the timer was set (the timer then counts from the later time): look now.
        if (wakeAt is null || time.GetUtcNow() < wakeAt)
        {
            await Task.WhenAny(deadline, recheck, notified);
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

    [LoggerMessage(LogLevel.Warning, "{Scheduler} failed; retrying in {Backoff}")]
    private static partial void LogSchedulerFailed(ILogger logger, Exception exception, string scheduler, TimeSpan backoff);
}
