namespace CxPlatform.Ticketing.Customers;

/// <summary>A ticket waiting for its customer, as the reconciler claims it (across tenants).</summary>
public sealed record PendingTicket(Guid TicketId, string TenantId);
