namespace CxPlatform.Insights.Domain.Metrics;

/// <summary>How one served metric is read: the stored metric whose buckets it merges, its unit, the dimensions its events carry, and its value.</summary>
/// <param name="Value">The point's value from its merged buckets; null when the period has no data.</param>
public sealed record MetricSpec(string Name, string StoredAs, string Unit, IReadOnlyList<string> Dimensions, Func<MetricTotals, double?> Value);
