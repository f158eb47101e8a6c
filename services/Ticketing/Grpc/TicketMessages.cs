using Google.Protobuf.WellKnownTypes;
using CxPlatform.Ticketing.Domain;
using TicketMessage = CxPlatform.Contracts.Grpc.Ticketing.Ticket;

namespace CxPlatform.Ticketing.Grpc;

/// <summary>Domain → proto. Tags, group, assignee, first reply and SLA targets stay unset until <see cref="Ticket"/> has them.</summary>
internal static class TicketMessages
{
    public static TicketMessage ToMessage(Ticket ticket) => new()
    {
        TicketId = ticket.Id.ToString("d"),
        Number = ticket.Number,
        CustomerId = ticket.Requester.CustomerId?.ToString("d"),
        Channel = ticket.Channel,
        Type = ticket.Type,
        Priority = ticket.Priority,
        Status = ticket.Status,
        Subject = ticket.Subject,
        CreatedAt = Timestamp.FromDateTimeOffset(ticket.CreatedAt),
        UpdatedAt = Timestamp.FromDateTimeOffset(ticket.UpdatedAt),
        SolvedAt = ticket.SolvedAt is { } solvedAt ? Timestamp.FromDateTimeOffset(solvedAt) : null,
        ReopenCount = ticket.ReopenCount,
    };
}
