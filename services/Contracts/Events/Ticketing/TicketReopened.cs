namespace CxPlatform.Contracts;

/// <summary>A solved ticket was reopened (reopen rate counts tickets with at least one of these).</summary>
/// <param name="ReopenCount">How many times this ticket has been reopened, this time included.</param>
/// <param name="ActorKind">Who reopened it: usually the customer replying, or an agent (<see cref="ActorKinds"/>).</param>
public sealed record TicketReopened(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TicketId,
    long Number,
    Guid? CustomerId,
    string Channel,
    string Type,
    string Priority,
    Guid? GroupId,
    string? AssigneeId,
    int ReopenCount,
    string ActorKind) : ICustomerEvent;
