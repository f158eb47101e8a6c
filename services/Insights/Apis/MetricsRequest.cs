using CxPlatform.Contracts;
using CxPlatform.Insights.Domain.Metrics;
using CxPlatform.Insights.Metrics;
using CxPlatform.ServiceDefaults.Errors;

namespace CxPlatform.Insights.Apis;

/// <summary>
/// <c>metric</c> (repeatable), <c>period</c> (hour, day, week, month), <c>from</c>, <c>to</c>, <c>groupBy</c> (repeatable
/// dimension names) and one repeatable filter per dimension. Checked by <see cref="ToQuery"/>, not attributes (see <see cref="TimelineQuery"/>).
/// </summary>
public sealed record MetricsRequest(
    string[]? Metric,
    string? Period,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string[]? GroupBy,
    string[]? Channel,
    string[]? Team,
    string[]? Agent,
    string[]? TicketType,
    string[]? Priority,
    string[]? SurveyKind,
    string[]? CareGoal)
{
    public MetricsQuery ToQuery()
    {
        MetricGrain? grain = Period switch
        {
            null => null,
            "hour" => MetricGrain.Hour,
            "day" => MetricGrain.Day,
            "week" => MetricGrain.Week,
            "month" => MetricGrain.Month,
            _ => throw new InvalidRequestException("period", $"'{Period}' is not a period; use hour, day, week or month."),
        };
        // An absent query key binds as an empty array: only a dimension that is named filters.
        (string Field, string Dimension, string[]? Values)[] filters =
        [
            ("channel", MetricDimensions.Channel, Channel), ("team", MetricDimensions.Team, Team), ("agent", MetricDimensions.Agent, Agent),
            ("ticketType", MetricDimensions.TicketType, TicketType), ("priority", MetricDimensions.Priority, Priority),
            ("surveyKind", MetricDimensions.SurveyKind, SurveyKind), ("careGoal", MetricDimensions.CareGoal, CareGoal),
        ];
        return MetricsQuery.Create(Metric ?? [], grain, From, To,
            [.. filters.Where(f => f.Values is { Length: > 0 }).Select(f => new MetricFilter(f.Field, f.Dimension, f.Values!))], GroupBy ?? []);
    }
}
