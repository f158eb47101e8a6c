namespace CxPlatform.Insights.Metrics;

/// <param name="ChangedBuckets">Buckets the rebuild added, removed or changed compared with what was counted incrementally; 0 when they agree.</param>
public sealed record MetricRebuildReport(int Version, long Touchpoints, long Buckets, long ChangedBuckets);
