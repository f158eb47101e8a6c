namespace CxPlatform.Insights.Metrics;

/// <summary>One metric under one combination of the grouped dimensions' values, one point per period from..to.</summary>
/// <param name="Unit">"seconds", "ratio" (0–1), "score" (NPS −100..100, CES 1–7) or "count".</param>
public sealed record MetricSeriesResult(string Metric, IReadOnlyDictionary<string, string> Dimensions, string Unit, IReadOnlyList<MetricPointResult> Points);
