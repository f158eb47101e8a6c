namespace CxPlatform.Contracts;

/// <summary>Ticketing accepted a ticket; it starts in status "new".</summary>
/// <param name="Number">The per-tenant number people quote ("#1042").</param>
/// <param name="CustomerId">Null when the ticket was accepted with only a contact point and the customer is not resolved yet.</param>
/// <param name="Channel">One of <see cref="TicketChannels"/>.</param>
/// <param name="Type">One of <see cref="TicketTypes"/>.</param>
/// <param name="Priority">One of <see cref="TicketPriorities"/>.</param>
/// <param name="GroupId">The Ticketing group (team) the ticket was routed to, if any.</param>
/// <param name="AssigneeId">The assigned agent's subject id, if any.</param>
public sealed record TicketCreated(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TicketId,
    long Number,
    Guid? CustomerId,
    string Channel,
    string Type,
    string Priority,
    string Subject,
    IReadOnlyList<string> Tags,
    Guid? GroupId = null,
    string? AssigneeId = null) : ICustomerEvent;
