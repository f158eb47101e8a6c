namespace CxPlatform.Insights.Metrics;

/// <param name="Value">Null when the period has no data (as opposed to a measured 0).</param>
/// <param name="SampleSize">The observations the value is computed from (tickets, responses, invitations, obligations).</param>
public sealed record MetricPointResult(DateTimeOffset PeriodStart, double? Value, long SampleSize);
