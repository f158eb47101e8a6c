using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Apis.Sla;

public sealed record SlaPolicyResponse(
    Guid Id,
    string Name,
    int Position,
    SlaConditions Conditions,
    IReadOnlyList<SlaPolicyTarget> Targets,
    Guid? CalendarId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static SlaPolicyResponse From(SlaPolicy policy) => new(
        policy.Id, policy.Name, policy.Position, new SlaConditions(policy.Priorities, policy.Channels, policy.Types, policy.Tags),
        policy.Targets, policy.CalendarId, policy.CreatedAt, policy.UpdatedAt);
}
