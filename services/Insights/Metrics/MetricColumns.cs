using CxPlatform.Contracts;

namespace CxPlatform.Insights.Metrics;

/// <summary>The <c>metric_buckets</c> column of each dimension: the only names that reach the SQL text.</summary>
internal static class MetricColumns
{
    public static readonly IReadOnlyDictionary<string, string> ByDimension = new Dictionary<string, string>
    {
        [MetricDimensions.Channel] = "Channel",
        [MetricDimensions.Team] = "Team",
        [MetricDimensions.Agent] = "Agent",
        [MetricDimensions.TicketType] = "TicketType",
        [MetricDimensions.Priority] = "Priority",
        [MetricDimensions.SurveyKind] = "SurveyKind",
        [MetricDimensions.CareGoal] = "CareGoal",
    };
}
