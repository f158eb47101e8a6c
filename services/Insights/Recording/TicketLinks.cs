using CxPlatform.Contracts;
using CxPlatform.Insights.Domain;
using CxPlatform.Insights.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Insights.Recording;

/// <summary>
/// Keeps a ticket's customer and latest status from its events, whatever order they arrive in: a known customer is never
/// replaced by an unknown one, and a status only by one proven at a later (or the same) instant. One statement, so concurrent
/// consumers cannot lose each other's update.
/// </summary>
internal static class TicketLinks
{
    /// <summary>Returns the ticket's customer as far as Insights knows it now.</summary>
    public static async Task<Guid?> UpsertAsync(InsightsDbContext db, string tenantId, Guid ticketId, TouchpointDraft draft, CancellationToken cancellationToken)
    {
        var statusAt = draft.TicketStatus is null ? (DateTimeOffset?)null : draft.OccurredAt;
        var linked = await db.Database.SqlQuery<Guid?>($"""
            INSERT INTO ticket_links AS l ("TenantId", "TicketId", "CustomerId", "Status", "StatusAt", "FirstSeenAt")
            VALUES ({tenantId}, {ticketId}, {draft.CustomerId}, {draft.TicketStatus}, {statusAt}, {draft.OccurredAt})
            ON CONFLICT ("TenantId", "TicketId") DO UPDATE SET
                "CustomerId" = COALESCE(EXCLUDED."CustomerId", l."CustomerId"),
                "Status" = CASE WHEN EXCLUDED."StatusAt" IS NOT NULL AND (l."StatusAt" IS NULL OR EXCLUDED."StatusAt" >= l."StatusAt")
                                THEN EXCLUDED."Status" ELSE l."Status" END,
                "StatusAt" = GREATEST(l."StatusAt", EXCLUDED."StatusAt"),
                "FirstSeenAt" = LEAST(l."FirstSeenAt", EXCLUDED."FirstSeenAt")
            RETURNING l."CustomerId" AS "Value"
            """).ToListAsync(cancellationToken);
        return linked.SingleOrDefault();
    }

    /// <summary>The customer's open tickets: latest status unsolved, or not known yet.</summary>
    public static Task<int> OpenCountAsync(InsightsDbContext db, Guid customerId, CancellationToken cancellationToken) =>
        db.TicketLinks.CountAsync(l => l.CustomerId == customerId && (l.Status == null || TicketStatuses.Unsolved.Contains(l.Status)), cancellationToken);
}
