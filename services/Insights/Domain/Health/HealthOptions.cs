namespace CxPlatform.Insights.Domain.Health;

/// <summary>The health score's windows and the at-risk threshold (<c>Insights:Health</c>); docs/insights.md, "Health score".</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Insights:Health";

    /// <summary>Below this score a customer is at risk (<c>CustomerAtRisk</c> once per crossing), unless the tenant has its own.</summary>
    public double AtRiskThreshold { get; set; } = 40;

    /// <summary>Per-tenant thresholds (tenant id → threshold) overriding <see cref="AtRiskThreshold"/>.</summary>
    public Dictionary<string, double> TenantThresholds { get; set; } = [];

    /// <summary>Hysteresis: after a crossing, the next one needs the score to rise to threshold + this margin first.</summary>
    public double RearmMargin { get; set; } = 10;

    /// <summary>NPS, CSAT, review and sentiment signals older than this do not count.</summary>
    public TimeSpan ScoreWindow { get; set; } = TimeSpan.FromDays(180);

    /// <summary>SLA breaches within this window count.</summary>
    public TimeSpan SlaWindow { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Activity within this long scores full recency; it falls linearly to 0 at <see cref="InactiveAfter"/>.</summary>
    public TimeSpan ActiveWithin { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan InactiveAfter { get; set; } = TimeSpan.FromDays(180);

    public double ThresholdFor(string tenantId) => TenantThresholds.TryGetValue(tenantId, out var threshold) ? threshold : AtRiskThreshold;
}
