namespace CxPlatform.Contracts;

/// <summary>CareOutreach planned a contact with a customer: a task for a care agent or an automated message.</summary>
/// <param name="Kind">One of <see cref="OutreachKinds"/>.</param>
/// <param name="Channel">One of <see cref="ContactChannels"/>.</param>
/// <param name="OwnerId">The care agent's subject id; null for an automated message.</param>
/// <param name="TriggerEventId">The <see cref="IIntegrationEvent.EventId"/> that fired the playbook, if one did.</param>
/// <param name="CareGoalId">The care goal this outreach fulfils, if any; met when completed by <paramref name="DueAt"/>.</param>
public sealed record OutreachScheduled(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OutreachId,
    Guid CustomerId,
    string Kind,
    string Channel,
    DateTimeOffset DueAt,
    bool IsAutomated,
    string? OwnerId,
    Guid? PlaybookId,
    Guid? TriggerEventId,
    Guid? RelatedTicketId,
    Guid? CareGoalId) : ICustomerEvent
{
    Guid? ICustomerEvent.CustomerId => CustomerId;
}
