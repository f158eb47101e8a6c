namespace CxPlatform.Ticketing.Sla;

/// <summary>A due target this replica locked for its transaction.</summary>
internal sealed record ClaimedSlaTarget(Guid Id, Guid TicketId);
