namespace CxPlatform.Insights.Domain.Metrics;

/// <summary>
/// What one event adds to one hour bucket of one stored metric: every field is a plain count or sum, so buckets merge by
/// addition. <paramref name="Bin"/> is a <see cref="DurationHistogram"/> bin for durations, 0 otherwise.
/// </summary>
/// <param name="Count">The observations (tickets, responses, invitations, obligations): the sample size.</param>
/// <param name="Hits">The favourable share's numerator: promoters, CSAT 4–5, CES 5–7, reopened, answered, met on time.</param>
/// <param name="Misses">NPS detractors.</param>
/// <param name="Sum">The sum of the scores or of the whole seconds.</param>
public sealed record MetricObservation(
    string Metric,
    DateTimeOffset HourStart,
    MetricDimensionValues Dimensions,
    int Bin = 0,
    long Count = 0,
    long Hits = 0,
    long Misses = 0,
    long Sum = 0);
