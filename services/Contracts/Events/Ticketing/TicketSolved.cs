namespace CxPlatform.Contracts;

/// <summary>
/// A ticket was solved: triggers CSAT distribution rules (conditions on channel, type, tags) and care playbooks;
/// resolution time is <c>OccurredAt - TicketCreatedAt</c>.
/// </summary>
public sealed record TicketSolved(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TicketId,
    long Number,
    Guid? CustomerId,
    string Channel,
    string Type,
    string Priority,
    Guid? GroupId,
    string? AssigneeId,
    IReadOnlyList<string> Tags,
    DateTimeOffset TicketCreatedAt) : ICustomerEvent;
