namespace CxPlatform.Insights.Infrastructure;

/// <summary>How far around the clock monthly partitions are kept ready (<c>Insights:Partitions</c>).</summary>
public sealed class PartitionOptions
{
    public const string SectionName = "Insights:Partitions";

    /// <summary>Months before the current one to create if missing (late arrivals of recent months get their own partition).</summary>
    public int MonthsBehind { get; set; } = 1;

    /// <summary>Months after the current one; creating them ahead keeps today's rows out of the default partition.</summary>
    public int MonthsAhead { get; set; } = 3;

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(6);
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(30);
}
