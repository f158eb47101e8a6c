using CxPlatform.Care.Customers;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Care.Infrastructure;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxPlatform.Care.Outreach;

/// <summary>
/// Makes one tenant's scheduled tasks due once their instant has come, a batch per transaction; automated messages among
/// them (and automated messages planned due at once) go to <see cref="AutomatedMessageSender"/> instead, which sends, defers
/// or suppresses them in the same transaction. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so replicas share the
/// work; an agent's change racing the claim fails on its concurrency token instead of being lost.
/// </summary>
internal sealed class OutreachDuePromoter(
    CareDbContext db, CustomerDirectory directory, AutomatedMessageSender sender, ITenantContext tenant, IOptions<OutreachOptions> options)
{
    /// <returns>How many tasks the batch claimed; fewer than the batch size means none are left.</returns>
    public async Task<int> PromoteBatchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tenantId = tenant.RequiredTenantId;
        // The tenant is named in the SQL: the query filter would only apply around it, after LIMIT and the row locks.
        var tasks = await db.OutreachTasks
            .FromSql(
                $"""
                SELECT *, xmin FROM outreach_tasks
                WHERE "TenantId" = {tenantId}
                  AND (("Status" = {OutreachStatuses.Scheduled} AND "ScheduledFor" <= {now})
                    OR ("Status" = {OutreachStatuses.Due} AND "IsAutomated"))
                ORDER BY "ScheduledFor"
                LIMIT {options.Value.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        // Customer by customer: the contact budget's per-customer locks are then taken in the same order on every replica.
        foreach (var task in tasks.OrderBy(t => t.CustomerId).ThenBy(t => t.ScheduledFor))
        {
            if (!task.IsAutomated)
            {
                task.BecomeDue(now);
            }
            else if (await directory.FindAsync(task.CustomerId, cancellationToken) is { } customer)
            {
                await sender.SendAsync(task, customer, now, cancellationToken);
            }
            else
            {
                // Customers are never deleted (merges leave tombstones); a task without one can only be skipped.
                task.Skip("customer_not_found", null, now);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return tasks.Count;
    }
}
