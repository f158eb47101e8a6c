namespace CxPlatform.Contracts;

/// <summary>Someone wrote on a ticket: a public reply or an internal note.</summary>
/// <param name="AuthorKind"><see cref="ActorKinds.Agent"/> or <see cref="ActorKinds.Customer"/>.</param>
/// <param name="AuthorId">The agent's subject id; null when the customer wrote.</param>
/// <param name="IsPublic">False for an internal note, which the customer never sees.</param>
/// <param name="IsFirstReply">True on the ticket's first public agent reply only: first-response time is <c>OccurredAt - TicketCreatedAt</c>.</param>
public sealed record TicketReplied(
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
    Guid ReplyId,
    string AuthorKind,
    string? AuthorId,
    bool IsPublic,
    bool IsFirstReply,
    DateTimeOffset TicketCreatedAt) : ICustomerEvent;
