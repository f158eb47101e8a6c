using CxPlatform.Insights.Domain.Metrics;

namespace CxPlatform.Insights.Metrics;

/// <summary>One row of <see cref="MetricsReader"/>'s query: an hour of one stored metric, summed over the dimensions not grouped by.</summary>
internal sealed class BucketTotalsRow
{
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

    public MetricDimensionValues Dimensions => new(Channel, Team, Agent, TicketType, Priority, SurveyKind, CareGoal);
}
