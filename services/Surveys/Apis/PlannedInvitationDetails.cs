using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>A planned invitation: when it is (or was) due, what became of it, and every contact rule that held it back.</summary>
public sealed record PlannedInvitationDetails(
    Guid Id,
    Guid RuleId,
    Guid TriggerEventId,
    Guid CustomerId,
    Guid? RelatedTicketId,
    Guid? RelatedOutreachId,
    string Status,
    DateTimeOffset ScheduledFor,
    Guid? InvitationId,
    string? SkipRule,
    DateTimeOffset? DecidedAt,
    IReadOnlyList<ContactDecision> Decisions)
{
    public static PlannedInvitationDetails From(PlannedInvitation planned) => new(
        planned.Id, planned.RuleId, planned.TriggerEventId, planned.CustomerId, planned.RelatedTicketId, planned.RelatedOutreachId,
        planned.Status, planned.ScheduledFor, planned.InvitationId, planned.SkipRule, planned.DecidedAt, planned.Decisions);
}
