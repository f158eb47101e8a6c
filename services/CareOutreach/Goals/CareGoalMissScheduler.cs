using CxPlatform.Care.Outreach;
using Microsoft.Extensions.Options;

namespace CxPlatform.Care.Goals;

/// <summary>Records each care goal obligation as missed the moment its due instant passes unmet, publishing <c>CareGoalMissed</c> once.</summary>
internal sealed class CareGoalMissScheduler(
    IServiceScopeFactory scopes,
    CareGoalMissStore store,
    CareGoalDeadlineSignal signal,
    TimeProvider time,
    IOptions<OutreachOptions> options,
    ILogger<CareGoalMissScheduler> logger) : DeadlineScheduler(scopes, signal, time, options, logger)
{
    protected override Task<IReadOnlyList<string>> TenantsWithWorkAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        store.TenantsWithMissesAsync(now, cancellationToken);

    protected override Task<int> RunBatchAsync(IServiceProvider tenantServices, DateTimeOffset now, CancellationToken cancellationToken) =>
        tenantServices.GetRequiredService<CareGoalMissRecorder>().RecordBatchAsync(now, cancellationToken);

    protected override Task<DateTimeOffset?> NextDeadlineAsync(CancellationToken cancellationToken) =>
        store.EarliestMissAsync(cancellationToken);
}
