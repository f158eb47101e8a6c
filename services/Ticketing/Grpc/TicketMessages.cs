using Google.Protobuf.WellKnownTypes;
using CxPlatform.Ticketing.Domain;
using SlaTarget = CxPlatform.Contracts.Grpc.Ticketing.SlaTarget;
using TicketProto = CxPlatform.Contracts.Grpc.Ticketing.Ticket;

namespace CxPlatform.Ticketing.Grpc;

/// <summary>Domain → proto.</summary>
internal static class TicketMessages
{
    public static TicketProto ToMessage(Ticket ticket)
    {
        var message = new TicketProto
        {
            TicketId = ticket.Id.ToString("d"),
            Number = ticket.Number,
            CustomerId = ticket.Requester.CustomerId?.ToString("d"),
            Channel = ticket.Channel,
            Type = ticket.Type,
            Priority = ticket.Priority,
            Status = ticket.Status,
            Subject = ticket.Subject,
            GroupId = ticket.GroupId?.ToString("d"),
            AssigneeId = ticket.AssigneeId,
            CreatedAt = Timestamp.FromDateTimeOffset(ticket.CreatedAt),
            UpdatedAt = Timestamp.FromDateTimeOffset(ticket.UpdatedAt),
            FirstRepliedAt = ticket.FirstRepliedAt is { } firstRepliedAt ? Timestamp.FromDateTimeOffset(firstRepliedAt) : null,
            SolvedAt = ticket.SolvedAt is { } solvedAt ? Timestamp.FromDateTimeOffset(solvedAt) : null,
            ReopenCount = ticket.ReopenCount,
        };
        message.Tags.AddRange(ticket.Tags);
        message.SlaTargets.AddRange(ticket.SlaTargets.Select(target => new SlaTarget
        {
            Metric = target.Metric,
            DueAt = target.DueAt is { } dueAt ? Timestamp.FromDateTimeOffset(dueAt) : null,
            AchievedAt = target.AchievedAt is { } achievedAt ? Timestamp.FromDateTimeOffset(achievedAt) : null,
            Breached = target.IsBreached,
        }));
        return message;
    }
}
