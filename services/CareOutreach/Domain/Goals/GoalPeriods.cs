namespace CxPlatform.Care.Domain.Goals;

/// <summary>The periods a care goal is measured over, in the care settings' time zone.</summary>
public static class GoalPeriods
{
    /// <summary>An ISO week, Monday 00:00 to the next Monday 00:00; keys like <c>2026-W10</c>.</summary>
    public const string Week = "week";

    /// <summary>A calendar month; keys like <c>2026-03</c>.</summary>
    public const string Month = "month";

    public static readonly IReadOnlyList<string> All = [Week, Month];
}
