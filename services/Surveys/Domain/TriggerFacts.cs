namespace CxPlatform.Surveys.Domain;

/// <summary>What a triggering event tells a distribution rule: the facts its conditions test and the ids the invitation keeps.</summary>
public sealed record TriggerFacts(
    string Trigger,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid? CustomerId,
    Guid? TicketId,
    Guid? OutreachId,
    string Channel,
    string? TicketType,
    string? Priority,
    IReadOnlyList<string> Tags,
    string? OutreachKind);
