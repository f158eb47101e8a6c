namespace CxPlatform.Insights.Metrics;

/// <summary>Keep only buckets whose <paramref name="Dimension"/> is one of <paramref name="Values"/>; <paramref name="Field"/> names it in an error.</summary>
public sealed record MetricFilter(string Field, string Dimension, IReadOnlyList<string> Values);
