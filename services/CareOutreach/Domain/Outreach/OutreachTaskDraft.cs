namespace CxPlatform.Care.Domain.Outreach;

/// <summary>Everything an outreach task is created with; a playbook fills it in for one customer and one event.</summary>
public sealed record OutreachTaskDraft(
    Guid CustomerId,
    string Kind,
    string Channel,
    bool IsAutomated,
    string Team,
    string Priority,
    string Language,
    string Text,
    DateTimeOffset ScheduledFor,
    DateTimeOffset DueAt,
    Guid? PlaybookId,
    Guid? TriggerEventId,
    Guid? RelatedTicketId,
    Guid? CareGoalId = null);
