namespace CxPlatform.Care.Domain.Goals;

/// <summary>How a goal stands in a period.</summary>
public static class GoalStates
{
    /// <summary>The period runs and the attainment so far is at or above the target (or nothing was due yet).</summary>
    public const string OnTrack = "on_track";

    /// <summary>The period runs and the attainment so far is below the target.</summary>
    public const string AtRisk = "at_risk";

    /// <summary>The period ended at or above the target (or with nothing due).</summary>
    public const string Achieved = "achieved";

    /// <summary>The period ended below the target.</summary>
    public const string Missed = "missed";
}
