using CxPlatform.Insights.Domain;
using CxPlatform.Insights.Infrastructure;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Insights.Recording;

/// <summary>
/// Appends one touchpoint, exactly once per (tenant, source, dedupe key), and keeps the ticket link, the customer's state
/// row, health score and metric buckets in step. Runs inside the caller's transaction (the inbox's, or the API's); the caller saves, which also writes the
/// touchpoint's <c>TouchpointRecorded</c> to the outbox.
/// </summary>
public sealed class TouchpointRecorder(InsightsDbContext db, ITenantContext tenant, TimeProvider time, CustomerHealth health)
{
    public async Task<RecordResult> RecordAsync(TouchpointDraft draft, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        if (!await ClaimKeyAsync(tenantId, id, draft, now, cancellationToken))
        {
            var existing = await db.TouchpointKeys.AsNoTracking()
                .Where(k => k.Source == draft.Source && k.DedupeKey == draft.DedupeKey)
                .Select(k => k.TouchpointId)
                .SingleAsync(cancellationToken);
            return new RecordResult(existing, Created: false);
        }
        var customerId = draft.CustomerId;
        if (draft.TicketId is { } ticketId)
        {
            customerId = await TicketLinks.UpsertAsync(db, tenantId, ticketId, draft, cancellationToken) ?? customerId;
        }
        var touchpoint = Touchpoint.Record(id, tenantId, draft, customerId, now);
        db.Touchpoints.Add(touchpoint);
        if (!draft.IsExternal)
        {
            await MetricBuckets.AddAsync(db, tenantId, draft.Kind, draft.Payload, cancellationToken);
        }
        if (customerId is { } customer)
        {
            await CustomerStates.UpsertAsync(db, tenantId, customer, draft, now, cancellationToken);
            await health.AssessAsync(tenantId, customer, touchpoint, cancellationToken);
        }
        return new RecordResult(id, Created: true);
    }

    /// <summary>Written first: a concurrent or earlier copy makes the insert a no-op (it waits for a concurrent one to commit).</summary>
    private async Task<bool> ClaimKeyAsync(string tenantId, Guid id, TouchpointDraft draft, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO touchpoint_keys ("TenantId", "Source", "DedupeKey", "TouchpointId", "OccurredAt", "RecordedAt")
            VALUES ({tenantId}, {draft.Source}, {draft.DedupeKey}, {id}, {draft.OccurredAt}, {now})
            ON CONFLICT DO NOTHING
            """, cancellationToken) == 1;
}
