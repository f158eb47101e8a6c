namespace CxPlatform.Care.Domain.Goals;

/// <summary>
/// A goal's standing in one period, from its obligations due in that period: <see cref="Rate"/> = met / (met + missed),
/// null while nothing was due; obligations not yet due (<see cref="Open"/>) do not count either way.
/// </summary>
public sealed record GoalAttainment(int Met, int Missed, int Open, double? Rate, double TargetRate, string State)
{
    public static GoalAttainment Calculate(int met, int missed, int open, double targetRate, bool periodEnded)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(met);
        ArgumentOutOfRangeException.ThrowIfNegative(missed);
        ArgumentOutOfRangeException.ThrowIfNegative(open);
        double? rate = met + missed == 0 ? null : (double)met / (met + missed);
        // Both sides are correctly rounded quotients, so 19/20 against 0.95 compares equal.
        var atTarget = rate is null || rate >= targetRate;
        var state = (periodEnded, atTarget) switch
        {
            (false, true) => GoalStates.OnTrack,
            (false, false) => GoalStates.AtRisk,
            (true, true) => GoalStates.Achieved,
            (true, false) => GoalStates.Missed,
        };
        return new GoalAttainment(met, missed, open, rate, targetRate, state);
    }
}
