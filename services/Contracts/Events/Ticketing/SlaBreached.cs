namespace CxPlatform.Contracts;

/// <summary>A ticket missed an SLA target; <c>OccurredAt</c> is when the breach was detected, <paramref name="DueAt"/> when the target was due.</summary>
/// <param name="Metric">One of <see cref="SlaMetrics"/>.</param>
/// <param name="PolicyId">The Ticketing SLA policy that set the target.</param>
public sealed record SlaBreached(
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
    string Metric,
    DateTimeOffset DueAt,
    Guid PolicyId) : ICustomerEvent;
