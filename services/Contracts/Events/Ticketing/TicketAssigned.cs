namespace CxPlatform.Contracts;

/// <summary>A ticket moved to another group and/or agent (a hand-off when a previous one is set).</summary>
/// <param name="GroupId">The new group (team); null when the ticket left every group.</param>
/// <param name="AssigneeId">The new agent's subject id; null when unassigned.</param>
/// <param name="AssignedBy">The subject id of the agent who assigned it; null for automatic routing.</param>
public sealed record TicketAssigned(
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
    Guid? PreviousGroupId,
    string? PreviousAssigneeId,
    string? AssignedBy) : ICustomerEvent;
