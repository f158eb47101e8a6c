using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

public sealed record MessageResponse(
    Guid Id, string AuthorKind, string? AuthorId, string Body, bool Public, DateTimeOffset CreatedAt, long? MergedFromNumber, Guid? SplitIntoTicketId)
{
    public static MessageResponse From(TicketMessage message) => new(
        message.Id, message.AuthorKind, message.AuthorId, message.Body, message.IsPublic, message.CreatedAt, message.MergedFromNumber,
        message.SplitIntoTicketId);
}
