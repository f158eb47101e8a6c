namespace CxPlatform.Insights.Domain.Metrics;

/// <summary>The units GetMetrics names on each series.</summary>
public static class MetricUnits
{
    public const string Seconds = "seconds";
    public const string Ratio = "ratio";
    public const string Score = "score";
    public const string Count = "count";
}
