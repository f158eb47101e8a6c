namespace CxPlatform.Contracts;

/// <summary>
/// One obligation under a care goal passed its due time unmet, e.g. an SLA breach not apologised for within 2 h.
/// Attainment per period = outreaches completed on time for the goal / (those + misses), bucketed by due time.
/// </summary>
/// <param name="TargetRate">The goal's target attainment, a fraction 0–1.</param>
/// <param name="OutreachId">The outreach that should have met the obligation, if one was scheduled.</param>
/// <param name="TriggerEventId">The event that created the obligation, e.g. the <see cref="SlaBreached"/>.</param>
public sealed record CareGoalMissed(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid GoalId,
    string GoalName,
    Guid CustomerId,
    DateTimeOffset DueAt,
    double TargetRate,
    Guid? OutreachId,
    Guid? RelatedTicketId,
    Guid? TriggerEventId) : ICustomerEvent
{
    Guid? ICustomerEvent.CustomerId => CustomerId;
}
