using CxPlatform.Contracts;

namespace CxPlatform.Insights.Domain.Metrics;

/// <summary>The dimension values one observation is filed under; "" where the dimension does not apply or is unknown.</summary>
public sealed record MetricDimensionValues(
    string Channel = "",
    string Team = "",
    string Agent = "",
    string TicketType = "",
    string Priority = "",
    string SurveyKind = "",
    string CareGoal = "")
{
    public static readonly MetricDimensionValues None = new();

    public string Of(string dimension) => dimension switch
    {
        MetricDimensions.Channel => Channel,
        MetricDimensions.Team => Team,
        MetricDimensions.Agent => Agent,
        MetricDimensions.TicketType => TicketType,
        MetricDimensions.Priority => Priority,
        MetricDimensions.SurveyKind => SurveyKind,
        MetricDimensions.CareGoal => CareGoal,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };
}
