using CxPlatform.Contracts;
using CxPlatform.Insights.Domain.Metrics;
using CxPlatform.Insights.Metrics;
using CxPlatform.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Mvc;

namespace CxPlatform.Insights.Apis;

/// <summary>
/// <c>metric</c> (repeatable), <c>period</c> (hour, day, week, month), <c>from</c>, <c>to</c>, <c>groupBy</c> (repeatable
/// dimension names) and one repeatable filter per dimension. Checked by <see cref="ToQuery"/>, not attributes (see <see cref="TimelineQuery"/>).
/// </summary>
/// <remarks>The names are given so the OpenAPI document shows the camelCase keys callers send, not the record's PascalCase.</remarks>
public sealed record MetricsRequest(
    [FromQuery(Name = "metric")] string[]? Metric,
    [FromQuery(Name = "period")] string? Period,
    [FromQuery(Name = "from")] DateTimeOffset? From,
    [FromQuery(Name = "to")] DateTimeOffset? To,
    [FromQuery(Name = "groupBy")] string[]? GroupBy,
    [FromQuery(Name = "channel")] string[]? Channel,
    [FromQuery(Name = "team")] string[]? Team,
    [FromQuery(Name = "agent")] string[]? Agent,
    [FromQuery(Name = "ticketType")] string[]? TicketType,
    [FromQuery(Name = "priority")] string[]? Priority,
    [FromQuery(Name = "surveyKind")] string[]? SurveyKind,
    [FromQuery(Name = "careGoal")] string[]? CareGoal)
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
