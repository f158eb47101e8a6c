using CxPlatform.Care.Domain.Goals;
using CxPlatform.Care.Infrastructure;
using CxPlatform.Care.Outreach;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxPlatform.Care.Goals;

/// <summary>
/// Records one tenant's obligations whose due instant passed unmet as missed, a batch per transaction, each raising
/// <c>CareGoalMissed</c> into the outbox with the change. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> and only open
/// obligations are claimed, so of several replicas exactly one records each miss; an agent's completion racing the claim
/// fails on its concurrency token instead of being lost.
/// </summary>
internal sealed class CareGoalMissRecorder(CareDbContext db, ITenantContext tenant, IOptions<OutreachOptions> options)
{
    /// <returns>How many obligations the batch claimed; fewer than the batch size means none are left.</returns>
    public async Task<int> RecordBatchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tenantId = tenant.RequiredTenantId;
        var tasks = await db.OutreachTasks
            .FromSql(
                $"""
                SELECT *, xmin FROM outreach_tasks
                WHERE "TenantId" = {tenantId} AND "ObligationStatus" = {ObligationStatuses.Open} AND "DueAt" < {now}
                ORDER BY "DueAt"
                LIMIT {options.Value.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        var goalIds = tasks.Select(t => t.CareGoalId).Distinct().ToList();
        var goals = await db.CareGoals.AsNoTracking().Where(g => goalIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, cancellationToken);
        foreach (var task in tasks)
        {
            task.MissCareGoal(goals.GetValueOrDefault(task.CareGoalId!.Value), now);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return tasks.Count;
    }
}
