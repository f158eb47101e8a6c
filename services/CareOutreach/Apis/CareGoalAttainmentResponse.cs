using CxPlatform.Care.Domain.Goals;

namespace CxPlatform.Care.Apis;

/// <summary>
/// A goal in one period (<see cref="Period"/> like <c>2026-03</c> or <c>2026-W10</c>, from <see cref="Start"/> inclusive to
/// <see cref="End"/> exclusive): obligations met, missed and not yet due, <see cref="Attainment"/> = met / (met + missed)
/// (null while nothing was due), the target and the state (one of <see cref="GoalStates"/>).
/// </summary>
public sealed record CareGoalAttainmentResponse(
    Guid GoalId,
    string Period,
    DateTimeOffset Start,
    DateTimeOffset End,
    bool Ended,
    int Met,
    int Missed,
    int Open,
    double? Attainment,
    double TargetRate,
    string State)
{
    public static CareGoalAttainmentResponse From(Guid goalId, GoalPeriod period, GoalAttainment attainment, DateTimeOffset now) => new(
        goalId, period.Key, period.Start, period.End, period.HasEnded(now), attainment.Met, attainment.Missed, attainment.Open,
        attainment.Rate, attainment.TargetRate, attainment.State);
}
