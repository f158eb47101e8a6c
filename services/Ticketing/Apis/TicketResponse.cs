using System.Text.Json;
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
    Guid? GroupId,
    string? AssigneeId,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, JsonElement> CustomFields,
    ReturnResponse? Return,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? FirstRepliedAt,
    DateTimeOffset? SolvedAt,
    DateTimeOffset? ClosedAt,
    int ReopenCount,
    Guid? MergedIntoTicketId,
    IReadOnlyList<SlaTargetResponse> Sla)
{
    /// <param name="slaPolicies">The tenant's calendars, to count the business minutes left on each SLA target at <paramref name="now"/>.</param>
    public static TicketResponse From(Ticket ticket, SlaPolicySet slaPolicies, DateTimeOffset now) => new(
        ticket.Id, ticket.Number, ticket.Subject, ticket.Description, ticket.Requester, ticket.Channel, ticket.Type,
        ticket.Priority, ticket.Status, ticket.GroupId, ticket.AssigneeId, ticket.Tags,
        ticket.CustomFields.ToDictionary(f => f.Key, f => JsonElement.Parse(f.Value)),
        ticket.Return is null ? null : ReturnResponse.From(ticket.Return),
        ticket.CreatedAt, ticket.UpdatedAt, ticket.FirstRepliedAt, ticket.SolvedAt, ticket.ClosedAt, ticket.ReopenCount, ticket.MergedIntoTicketId,
        SlaTargetResponse.ListFor(ticket.SlaTargets, slaPolicies, now));
}
