using CxPlatform.Ticketing.Domain;

namespace CxPlatform.Ticketing.Apis;

public sealed record AuditEntryResponse(string Actor, string Field, string? Before, string? After, DateTimeOffset At)
{
    public static AuditEntryResponse From(TicketAuditEntry entry) => new(entry.Actor, entry.Field, entry.Before, entry.After, entry.At);
}
