using CxPlatform.Contracts;
using CxPlatform.Insights.Domain.Metrics;
using CxPlatform.ServiceDefaults.Errors;

namespace CxPlatform.Insights.Metrics;

/// <summary>
/// A checked KPI question, the same for REST and gRPC. <see cref="Create"/> refuses, naming the field (REST's names), unknown
/// or not yet computed metrics, unknown dimensions, a dimension one of the metrics' events does not carry, from ≥ to and a
/// range of more than <see cref="MaxPoints"/> periods.
/// </summary>
public sealed record MetricsQuery(
    IReadOnlyList<MetricSpec> Metrics,
    MetricGrain Grain,
    IReadOnlyList<DateTimeOffset> PeriodStarts,
    DateTimeOffset To,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Filters,
    IReadOnlyList<string> GroupBy)
{
    public const int MaxPoints = 1000;

    /// <summary>Instants outside these bounds cannot be aligned to weeks and months without leaving <see cref="DateTimeOffset"/>'s range.</summary>
    private static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(9000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static MetricsQuery Create(IReadOnlyList<string> metrics, MetricGrain? grain, DateTimeOffset? from, DateTimeOffset? to,
        IReadOnlyList<MetricFilter> filters, IReadOnlyList<string> groupBy)
    {
        var specs = Specs(metrics);
        if (grain is not { } period)
        {
            throw new InvalidRequestException("period", "Name the period: hour, day, week or month.");
        }
        if (from is not { } start || to is not { } end)
        {
            throw new InvalidRequestException(from is null ? "from" : "to", "Give the range as from (inclusive) and to (exclusive).");
        }
        if (start < Earliest || start > Latest || end < Earliest || end > Latest)
        {
            throw new InvalidRequestException(start < Earliest || start > Latest ? "from" : "to", "Give an instant between the years 1900 and 9000.");
        }
        if (start >= end)
        {
            throw new InvalidRequestException("to", "to must be later than from.");
        }
        var periodStarts = MetricPeriods.Between(start, end, period, MaxPoints);
        if (periodStarts.Count > MaxPoints)
        {
            throw new InvalidRequestException("to", $"The range holds more than {MaxPoints} periods of one {period.ToString().ToLowerInvariant()}; narrow it or use a longer period.");
        }
        var filterMap = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var (field, dimension, values) in filters)
        {
            EnsureApplies(field, dimension, specs);
            if (values.Count == 0 || values.Any(string.IsNullOrEmpty))
            {
                throw new InvalidRequestException(field, "A filter needs at least one non-empty value.");
            }
            if (!filterMap.TryAdd(dimension, [.. values.Distinct()]))
            {
                throw new InvalidRequestException(field, "Filter a dimension once, with all its values.");
            }
        }
        foreach (var dimension in groupBy)
        {
            EnsureApplies("groupBy", dimension, specs);
        }
        if (groupBy.Distinct().Count() != groupBy.Count)
        {
            throw new InvalidRequestException("groupBy", "Name each dimension once.");
        }
        return new MetricsQuery(specs, period, periodStarts, end, filterMap, groupBy);
    }

    private static List<MetricSpec> Specs(IReadOnlyList<string> metrics)
    {
        if (metrics.Count == 0)
        {
            throw new InvalidRequestException("metric", "Name at least one metric.");
        }
        var specs = new List<MetricSpec>();
        foreach (var name in metrics.Distinct())
        {
            if (MetricCatalog.NotYetComputed.TryGetValue(name, out var reason))
            {
                throw new InvalidRequestException("metric", $"'{name}' {reason}");
            }
            specs.Add(MetricCatalog.Served.TryGetValue(name, out var spec)
                ? spec
                : throw new InvalidRequestException("metric", $"'{name}' is not a metric; use one of {string.Join(", ", MetricCatalog.Served.Keys)}."));
        }
        return specs;
    }

    private static void EnsureApplies(string field, string dimension, IReadOnlyList<MetricSpec> specs)
    {
        if (!MetricDimensions.All.Contains(dimension))
        {
            throw new InvalidRequestException(field, $"'{dimension}' is not a dimension; use one of {string.Join(", ", MetricDimensions.All)}.");
        }
        if (specs.FirstOrDefault(s => !s.Dimensions.Contains(dimension)) is { } spec)
        {
            throw new InvalidRequestException(field, $"'{spec.Name}' cannot be split or filtered by '{dimension}': its events carry only {string.Join(", ", spec.Dimensions)}.");
        }
    }
}
