using CxPlatform.Care.Domain.Outreach;

namespace CxPlatform.Care.Apis;

public sealed record OutreachTaskResponse(
    Guid Id,
    Guid CustomerId,
    string Status,
    string Kind,
    string Channel,
    bool IsAutomated,
    string Team,
    string? AssigneeId,
    string Priority,
    string Language,
    string Text,
    DateTimeOffset ScheduledFor,
    DateTimeOffset DueAt,
    Guid? PlaybookId,
    Guid? TriggerEventId,
    Guid? RelatedTicketId,
    string? Outcome,
    string? Sentiment,
    string? Notes,
    string? Reason,
    string? CompletedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    Guid? CareGoalId,
    string? ObligationStatus,
    OutreachDeliveryResponse? Delivery = null,
    IReadOnlyList<ContactDecisionResponse>? ContactDecisions = null)
{
    public static OutreachTaskResponse From(OutreachTask task) => new(
        task.Id, task.CustomerId, task.Status, task.Kind, task.Channel, task.IsAutomated, task.Team, task.AssigneeId, task.Priority,
        task.Language, task.Text, task.ScheduledFor, task.DueAt, task.PlaybookId, task.TriggerEventId, task.RelatedTicketId,
        task.Outcome, task.Sentiment, task.Notes, task.Reason, task.CompletedBy, task.CreatedAt, task.UpdatedAt, task.StartedAt,
        task.CompletedAt, task.CareGoalId, task.ObligationStatus);
}
