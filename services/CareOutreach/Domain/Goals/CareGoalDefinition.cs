namespace CxPlatform.Care.Domain.Goals;

/// <summary>What a care goal asks for: <see cref="TargetRate"/> of the outreach of <see cref="PlaybookIds"/> done in time, per <see cref="Period"/>.</summary>
public sealed record CareGoalDefinition(
    string Name,
    string? Description,
    string Team,
    IReadOnlyList<Guid> PlaybookIds,
    double TargetRate,
    string Period);
