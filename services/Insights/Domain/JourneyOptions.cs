namespace CxPlatform.Insights.Domain;

/// <summary>The windows of the journey stage rules (<c>Insights:Journey</c>).</summary>
public sealed class JourneyOptions
{
    public const string SectionName = "Insights:Journey";

    /// <summary>A negative survey answer or review counts as a risk signal for this long.</summary>
    public TimeSpan RiskWindow { get; set; } = TimeSpan.FromDays(90);

    /// <summary>A customer who bought and then showed no activity for this long has lapsed (<c>churned</c>).</summary>
    public TimeSpan LapsedAfter { get; set; } = TimeSpan.FromDays(180);
}
