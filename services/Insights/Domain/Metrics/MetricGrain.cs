namespace CxPlatform.Insights.Domain.Metrics;

/// <summary>The length of one point of a metric series; buckets are stored per hour and merged into the coarser grains.</summary>
public enum MetricGrain
{
    Hour,
    Day,
    Week,
    Month,
}
