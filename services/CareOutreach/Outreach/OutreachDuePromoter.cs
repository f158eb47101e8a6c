using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Care.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxPlatform.Care.Outreach;

/// <summary>
/// Makes one tenant's scheduled tasks due once their instant has come, a batch per transaction. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so replicas share the work; an agent's change racing the claim fails on its concurrency
/// token instead of being lost.
/// </summary>
internal sealed class OutreachDuePromoter(CareDbContext db, IOptions<OutreachOptions> options)
{
    /// <returns>How many tasks the batch claimed; fewer than the batch size means none are left.</returns>
    public async Task<int> PromoteBatchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tasks = await db.OutreachTasks
            .FromSql(
                $"""
                SELECT *, xmin FROM outreach_tasks
                WHERE "Status" = {OutreachStatuses.Scheduled} AND "ScheduledFor" <= {now}
                ORDER BY "ScheduledFor"
                LIMIT {options.Value.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        foreach (var task in tasks)
        {
            task.BecomeDue(now);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return tasks.Count;
    }
}
