using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Insights.Domain.Metrics;

/// <summary>
/// One hour of one stored metric under one combination of dimension values (and, for durations, one histogram bin), as
/// computed by one definition version: additive counts only, so coarser periods are sums of hours.
/// </summary>
public sealed class MetricBucket : ITenantScoped
{
    public string TenantId { get; set; } = "";
    public int Version { get; set; }
    public string Metric { get; set; } = "";
    public DateTimeOffset HourStart { get; set; }
    public string Channel { get; set; } = "";
    public string Team { get; set; } = "";
    public string Agent { get; set; } = "";
    public string TicketType { get; set; } = "";
    public string Priority { get; set; } = "";
    public string SurveyKind { get; set; } = "";
    public string CareGoal { get; set; } = "";
    public int Bin { get; set; }
    public long Count { get; set; }
    public long Hits { get; set; }
    public long Misses { get; set; }
    public long Sum { get; set; }
}
