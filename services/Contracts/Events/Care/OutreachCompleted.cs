namespace CxPlatform.Contracts;

/// <summary>A care outreach ended: triggers care feedback surveys (conditions on kind and channel) and feeds care KPIs.</summary>
/// <param name="Outcome">One of <see cref="OutreachOutcomes"/>.</param>
/// <param name="Sentiment">One of <see cref="Sentiments"/>; null when nobody could judge it (e.g. an automated message).</param>
/// <param name="CompletedBy">The care agent's subject id; null for an automated message.</param>
/// <param name="CareGoalId">The care goal this outreach fulfils; the goal is met when <c>OccurredAt &lt;= DueAt</c>.</param>
public sealed record OutreachCompleted(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OutreachId,
    Guid CustomerId,
    string Kind,
    string Channel,
    string Outcome,
    string? Sentiment,
    bool IsAutomated,
    string? CompletedBy,
    DateTimeOffset DueAt,
    Guid? PlaybookId,
    Guid? RelatedTicketId,
    Guid? CareGoalId) : ICustomerEvent
{
    Guid? ICustomerEvent.CustomerId => CustomerId;
}
