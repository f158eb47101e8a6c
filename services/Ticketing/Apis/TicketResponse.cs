using System.Text.Json;
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
    Guid? MergedIntoTicketId)
{
    public static TicketResponse From(Ticket ticket) => new(
        ticket.Id, ticket.Number, ticket.Subject, ticket.Description, ticket.Requester, ticket.Channel, ticket.Type,
        ticket.Priority, ticket.Status, ticket.GroupId, ticket.AssigneeId, ticket.Tags,
        ticket.CustomFields.ToDictionary(f => f.Key, f => JsonElement.Parse(f.Value)),
        ticket.Return is null ? null : ReturnResponse.From(ticket.Return),
        ticket.CreatedAt, ticket.UpdatedAt, ticket.FirstRepliedAt, ticket.SolvedAt, ticket.ClosedAt, ticket.ReopenCount, ticket.MergedIntoTicketId);
}
