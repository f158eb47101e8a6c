namespace CxPlatform.Insights.Metrics;

public sealed record MetricsResult(IReadOnlyList<MetricSeriesResult> Series);
