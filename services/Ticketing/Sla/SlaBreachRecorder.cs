using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Ticketing.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxPlatform.Ticketing.Sla;

/// <summary>
/// Records the breaches of one tenant's due targets, a batch per transaction: the targets are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so each is claimed by one replica only, and marked breached in the same transaction that
/// writes their <c>SlaBreached</c> events to the outbox. A request that changed a claimed target meanwhile fails on its
/// concurrency token instead of raising a second breach.
/// </summary>
internal sealed partial class SlaBreachRecorder(TicketingDbContext db, ITenantContext tenant, IOptions<SlaOptions> options, ILogger<SlaBreachRecorder> logger)
{
    /// <returns>How many due targets the batch claimed; fewer than the batch size means none are left.</returns>
    public async Task<int> RecordBatchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Database.SqlQuery<ClaimedSlaTarget>(
            $"""
            SELECT "Id", "TicketId" FROM ticket_sla_targets
            WHERE "TenantId" = {tenant.RequiredTenantId} AND "DueAt" <= {now} AND "AchievedAt" IS NULL AND "BreachedAt" IS NULL
            ORDER BY "DueAt"
            LIMIT {options.Value.BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var ticketIds = claimed.Select(c => c.TicketId).Distinct().ToList();
        var targetIds = claimed.Select(c => c.Id).ToHashSet();
        var tickets = await db.Tickets.Where(t => ticketIds.Contains(t.Id)).ToListAsync(cancellationToken);
        foreach (var ticket in tickets)
        {
            ticket.RecordSlaBreaches(targetIds, now);
            foreach (var breach in ticket.PendingEvents.OfType<SlaBreached>())
            {
                LogBreach(ticket.TenantId, ticket.Number, breach.Metric, breach.DueAt);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claimed.Count;
    }

    [LoggerMessage(LogLevel.Information, "Ticket {TenantId}#{TicketNumber} breached its {SlaMetric} target due at {DueAt}")]
    private partial void LogBreach(string tenantId, long ticketNumber, string slaMetric, DateTimeOffset dueAt);
}
