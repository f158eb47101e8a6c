using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

public sealed record TicketResponse(
    Guid Id,
    long Number,
    string Subject,
    string Description,
    Requester Requester,
    string Channel,
    string Type,
    string Priority,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SolvedAt,
    DateTimeOffset? ClosedAt)
{
    public static TicketResponse From(Ticket ticket) => new(
        ticket.Id, ticket.Number, ticket.Subject, ticket.Description, ticket.Requester, ticket.Channel, ticket.Type,
        ticket.Priority, ticket.Status, ticket.CreatedAt, ticket.UpdatedAt, ticket.SolvedAt, ticket.ClosedAt);
}
