namespace CxPlatform.Contracts;

/// <summary>A ticket moved through its lifecycle. Solving and reopening also raise <see cref="TicketSolved"/> / <see cref="TicketReopened"/>.</summary>
/// <param name="From">One of <see cref="TicketStatuses"/>.</param>
/// <param name="To">One of <see cref="TicketStatuses"/>.</param>
public sealed record TicketStatusChanged(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TicketId,
    long Number,
    Guid? CustomerId,
    string From,
    string To) : ICustomerEvent;
