using CxPlatform.Contracts;
using CxPlatform.Insights.Domain;
using CxPlatform.Insights.Domain.Health;
using CxPlatform.Insights.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxPlatform.Insights.Recording;

/// <summary>
/// Recomputes a customer's health score after a new touchpoint changed their state row, in the same transaction, and raises
/// <c>CustomerAtRisk</c> on that touchpoint when the score crosses below the tenant's threshold. The state row's upsert holds
/// the row lock until commit, so concurrent touchpoints of one customer assess one after the other: one crossing, one event.
/// </summary>
public sealed class CustomerHealth(InsightsDbContext db, TimeProvider time, IOptions<HealthOptions> health, IOptions<JourneyOptions> journey)
{
    public async Task AssessAsync(string tenantId, Guid customerId, Touchpoint touchpoint, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var options = health.Value;
        var state = await db.CustomerStates.AsNoTracking().SingleAsync(s => s.CustomerId == customerId, cancellationToken);
        var openTickets = await TicketLinks.OpenCountAsync(db, customerId, cancellationToken);
        var breaches = await RecentSlaBreachesAsync(customerId, now - options.SlaWindow, cancellationToken);
        if (touchpoint.Kind == PlatformKinds.SlaBreached && touchpoint.OccurredAt >= now - options.SlaWindow)
        {
            breaches++; // the new touchpoint is not flushed yet
        }

        var assessment = HealthModel.Assess(HealthFacts.From(state, openTickets, breaches), now, options);
        var threshold = options.ThresholdFor(tenantId);
        var (below, crossed) = RiskCrossing.Next(state.BelowThreshold, assessment?.Score, threshold, options.RearmMargin);
        var reasons = (assessment?.Reasons ?? []).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            UPDATE customer_states SET "HealthScore" = {assessment?.Score}, "HealthReasons" = {reasons}, "BelowThreshold" = {below},
                "HealthComputedAt" = {now}
            WHERE "TenantId" = {tenantId} AND "CustomerId" = {customerId}
            """, cancellationToken);
        if (crossed && assessment is not null)
        {
            var stage = JourneyRules.Stage(JourneyFacts.From(state, openTickets), now, journey.Value);
            touchpoint.RaiseCustomerAtRisk(new CustomerAtRisk(tenantId, Guid.CreateVersion7(now), now, customerId, assessment.Score, threshold,
                assessment.Reasons, state.HealthScore, stage));
        }
    }

    /// <summary>SLA breaches of the customer's tickets since <paramref name="since"/>, also those recorded before the ticket was linked.</summary>
    private Task<int> RecentSlaBreachesAsync(Guid customerId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var tickets = db.TicketLinks.Where(l => l.CustomerId == customerId).Select(l => l.TicketId);
        return db.Touchpoints.AsNoTracking()
            .Where(t => t.Kind == PlatformKinds.SlaBreached && t.OccurredAt >= since)
            .Where(t => t.CustomerId == customerId || (t.CustomerId == null && t.TicketId != null && tickets.Contains(t.TicketId.Value)))
            .CountAsync(cancellationToken);
    }
}
