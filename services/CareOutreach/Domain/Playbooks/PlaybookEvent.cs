namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>
/// A triggering integration event as playbooks see it: the facts conditions test, and the values template placeholders
/// render (keyed by placeholder name, e.g. "ticket.number"; strings, numbers, dates or instants).
/// </summary>
public sealed record PlaybookEvent(
    string Trigger,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid? CustomerId,
    Guid? RelatedTicketId,
    PlaybookEventFacts Facts,
    IReadOnlyDictionary<string, object?> Values);
