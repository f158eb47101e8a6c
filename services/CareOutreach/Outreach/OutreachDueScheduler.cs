using Microsoft.Extensions.Options;

namespace CxPlatform.Care.Outreach;

/// <summary>Moves outreach tasks from <c>scheduled</c> to <c>due</c> at their scheduled instant.</summary>
internal sealed class OutreachDueScheduler(
    IServiceScopeFactory scopes,
    OutreachDueStore store,
    OutreachScheduleSignal signal,
    TimeProvider time,
    IOptions<OutreachOptions> options,
    ILogger<OutreachDueScheduler> logger) : DeadlineScheduler(scopes, signal, time, options, logger)
{
    protected override Task<IReadOnlyList<string>> TenantsWithWorkAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        store.TenantsWithDueTasksAsync(now, cancellationToken);

    protected override Task<int> RunBatchAsync(IServiceProvider tenantServices, DateTimeOffset now, CancellationToken cancellationToken) =>
        tenantServices.GetRequiredService<OutreachDuePromoter>().PromoteBatchAsync(now, cancellationToken);

    protected override Task<DateTimeOffset?> NextDeadlineAsync(CancellationToken cancellationToken) =>
        store.EarliestScheduledAsync(cancellationToken);
}
