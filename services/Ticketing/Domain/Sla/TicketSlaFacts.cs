namespace CxPlatform.Ticketing.Domain.Sla;

/// <summary>What SLA policies select on; tags are matched case-insensitively.</summary>
public sealed record TicketSlaFacts(string Priority, string Channel, string Type, IReadOnlyCollection<string> Tags);
