using CxPlatform.Care.Domain.Goals;

namespace CxPlatform.Care.Apis;

/// <summary>A care goal with its attainment in the current period; <see cref="DefaultKey"/> names the default it was installed as.</summary>
public sealed record CareGoalResponse(
    Guid Id,
    string? DefaultKey,
    string Name,
    string? Description,
    string Team,
    IReadOnlyList<Guid> PlaybookIds,
    double TargetRate,
    string Period,
    bool Enabled,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    CareGoalAttainmentResponse CurrentPeriod)
{
    public static CareGoalResponse From(CareGoal goal, CareGoalAttainmentResponse currentPeriod) => new(
        goal.Id, goal.DefaultKey, goal.Name, goal.Description, goal.Team, goal.PlaybookIds, goal.TargetRate, goal.Period, goal.Enabled,
        goal.CreatedAt, goal.UpdatedAt, currentPeriod);
}
