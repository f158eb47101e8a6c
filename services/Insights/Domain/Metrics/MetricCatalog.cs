using CxPlatform.Contracts;

namespace CxPlatform.Insights.Domain.Metrics;

/// <summary>
/// The metrics Insights serves and the arithmetic of each (definition version <see cref="MetricDefinition.Version"/>). Ratios
/// and scores are absent for a period without observations; a count is 0.
/// </summary>
public static class MetricCatalog
{
    private static readonly IReadOnlyList<string> TicketDimensions =
        [MetricDimensions.Channel, MetricDimensions.Team, MetricDimensions.Agent, MetricDimensions.TicketType, MetricDimensions.Priority];

    private static readonly IReadOnlyList<string> SurveyDimensions = [MetricDimensions.SurveyKind];

    private static readonly IReadOnlyList<string> CareGoalDimensions = [MetricDimensions.CareGoal];

    public static readonly IReadOnlyDictionary<string, MetricSpec> Served = new[]
    {
        Same(MetricNames.TicketVolume, MetricUnits.Count, TicketDimensions, t => t.Count),
        Same(MetricNames.FirstResponseTime, MetricUnits.Seconds, TicketDimensions, t => DurationHistogram.Percentile(t.Bins, 50)),
        new MetricSpec(MetricNames.FirstResponseTimeP90, MetricNames.FirstResponseTime, MetricUnits.Seconds, TicketDimensions,
            t => DurationHistogram.Percentile(t.Bins, 90)),
        Same(MetricNames.ResolutionTime, MetricUnits.Seconds, TicketDimensions, t => DurationHistogram.Percentile(t.Bins, 50)),
        new MetricSpec(MetricNames.ResolutionTimeP90, MetricNames.ResolutionTime, MetricUnits.Seconds, TicketDimensions,
            t => DurationHistogram.Percentile(t.Bins, 90)),
        Same(MetricNames.ReopenRate, MetricUnits.Ratio, TicketDimensions, Share),
        Same(MetricNames.Csat, MetricUnits.Ratio, SurveyDimensions, Share),
        Same(MetricNames.Nps, MetricUnits.Score, SurveyDimensions, NetPromoterScore),
        Same(MetricNames.Ces, MetricUnits.Score, SurveyDimensions, Mean),
        Same(MetricNames.SurveyResponseRate, MetricUnits.Ratio, SurveyDimensions, Share),
        Same(MetricNames.CareGoalAttainment, MetricUnits.Ratio, CareGoalDimensions, Share),
    }.ToDictionary(s => s.Name);

    /// <summary>Named metrics the events cannot support yet, with the reason a caller is told.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotYetComputed = new Dictionary<string, string>
    {
        [MetricNames.SlaCompliance] = "is not computed yet: Ticketing publishes SLA breaches but no event for a target met in time, so the share cannot be derived.",
    };

    /// <summary>Hits / count: CSAT 4–5, reopened tickets per solve, answered invitations, obligations met on time.</summary>
    public static double? Share(MetricTotals totals) => totals.Count == 0 ? null : (double)totals.Hits / totals.Count;

    /// <summary>% promoters − % detractors, −100..100.</summary>
    public static double? NetPromoterScore(MetricTotals totals) => totals.Count == 0 ? null : 100.0 * (totals.Hits - totals.Misses) / totals.Count;

    public static double? Mean(MetricTotals totals) => totals.Count == 0 ? null : (double)totals.Sum / totals.Count;

    private static MetricSpec Same(string name, string unit, IReadOnlyList<string> dimensions, Func<MetricTotals, double?> value) =>
        new(name, name, unit, dimensions, value);
}
