using CxPlatform.Contracts;
using CxPlatform.Insights.Domain;
using CxPlatform.Insights.Infrastructure;
using CxPlatform.Insights.Recording;
using CxPlatform.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxPlatform.Insights.Timeline;

/// <summary>
/// A customer's touchpoints, newest first: rows written with the customer's id, and rows of the customer's tickets that
/// arrived before Ticketing knew the customer (joined through <c>ticket_links</c>). Keyset-paged on (OccurredAt, Id), so a
/// page never repeats or skips a row when others are inserted meanwhile.
/// </summary>
public sealed class CustomerTimeline(InsightsDbContext db, TimeProvider time, IOptions<JourneyOptions> journey)
{
    public async Task<(IReadOnlyList<Touchpoint> Items, InstantIdCursor? Next)> PageAsync(
        Guid customerId, IReadOnlyCollection<string>? kinds, InstantIdCursor? after, int limit, CancellationToken cancellationToken)
    {
        var touchpoints = Of(customerId);
        if (kinds is { Count: > 0 })
        {
            touchpoints = touchpoints.Where(t => kinds.Contains(t.Kind));
        }
        if (after is not null)
        {
            touchpoints = touchpoints.Where(t => t.OccurredAt < after.At || (t.OccurredAt == after.At && t.Id < after.Id));
        }
        var page = await touchpoints.OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var next = page.Count > limit ? new InstantIdCursor(page[limit - 1].OccurredAt, page[limit - 1].Id) : null;
        return (page.Take(limit).ToList(), next);
    }

    /// <summary>The customer's latest survey answers (newest first).</summary>
    public async Task<IReadOnlyList<Touchpoint>> RecentResponsesAsync(Guid customerId, int limit, CancellationToken cancellationToken) =>
        (await PageAsync(customerId, [PlatformKinds.SurveyResponded], null, limit, cancellationToken)).Items;

    public async Task<IReadOnlyDictionary<string, int>> CountsByKindAsync(Guid customerId, CancellationToken cancellationToken) =>
        await Of(customerId).GroupBy(t => t.Kind).Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Kind, g => g.Count, cancellationToken);

    public async Task<CustomerSnapshot?> SnapshotAsync(Guid customerId, CancellationToken cancellationToken)
    {
        if (await db.CustomerStates.AsNoTracking().SingleOrDefaultAsync(s => s.CustomerId == customerId, cancellationToken) is not { } state)
        {
            return null;
        }
        var openTickets = await TicketLinks.OpenCountAsync(db, customerId, cancellationToken);
        return new CustomerSnapshot(state, openTickets, JourneyRules.Assess(JourneyFacts.From(state, openTickets), time.GetUtcNow(), journey.Value));
    }

    private IQueryable<Touchpoint> Of(Guid customerId)
    {
        var tickets = db.TicketLinks.Where(l => l.CustomerId == customerId).Select(l => l.TicketId);
        return db.Touchpoints.AsNoTracking()
            .Where(t => t.CustomerId == customerId || (t.CustomerId == null && t.TicketId != null && tickets.Contains(t.TicketId.Value)));
    }
}
