using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Domain.Sla;

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
    DateTimeOffset? ClosedAt,
    IReadOnlyList<SlaTargetResponse> Sla)
{
    /// <param name="slaPolicies">The tenant's calendars, to count the business minutes left on each SLA target at <paramref name="now"/>.</param>
    public static TicketResponse From(Ticket ticket, SlaPolicySet slaPolicies, DateTimeOffset now) => new(
        ticket.Id, ticket.Number, ticket.Subject, ticket.Description, ticket.Requester, ticket.Channel, ticket.Type,
        ticket.Priority, ticket.Status, ticket.CreatedAt, ticket.UpdatedAt, ticket.SolvedAt, ticket.ClosedAt,
        SlaTargetResponse.ListFor(ticket.SlaTargets, slaPolicies, now));
}
