using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Metrics.V1;

namespace CxPlatform.AppHost.Otlp;

/// <summary>
/// One value of a series: a gauge's or sum's value, or for a histogram its count with sum, min and max.
/// Sums are as exported (cumulative by default in .NET).
/// </summary>
public sealed record MetricPoint(DateTimeOffset At, double Value, ulong? Count = null, double? Sum = null, double? Min = null, double? Max = null);

/// <summary>The points of one attribute set of a metric, oldest first; <see cref="Latest"/> is the last.</summary>
public sealed record MetricSeries(IReadOnlyDictionary<string, string> Attributes, MetricPoint Latest, IReadOnlyList<MetricPoint> Points);

public sealed record MetricData(
    string Service, string Scope, string Name, string Description, string Unit, string Type, DateTimeOffset LastUpdated, IReadOnlyList<MetricSeries> Series);

/// <summary>The metrics received over OTLP: per service and metric name, per attribute set, the last points of each series.</summary>
public sealed class MetricStore(int pointsPerSeries = 120, int maxSeriesPerMetric = 200, int maxMetrics = 2000)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Service, string Name), Entry> _metrics = [];

    internal int Add(ExportMetricsServiceRequest request)
    {
        var added = 0;
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var (service, _) = OtlpValues.Service(resourceMetrics.Resource);
            foreach (var scopeMetrics in resourceMetrics.ScopeMetrics)
            {
                foreach (var metric in scopeMetrics.Metrics)
                {
                    foreach (var (attributes, point) in Points(metric))
                    {
                        Add(service, scopeMetrics.Scope?.Name ?? "", metric, attributes, point);
                        added++;
                    }
                }
            }
        }
        return added;
    }

    /// <summary>The metrics of <paramref name="service"/> (every service when empty), by service and name.</summary>
    public IReadOnlyList<MetricData> List(string? service, string? name = null)
    {
        lock (_gate)
        {
            return [.. _metrics
                .Where(metric => string.IsNullOrEmpty(service) || metric.Key.Service == service)
                .Where(metric => string.IsNullOrEmpty(name) || metric.Key.Name == name)
                .OrderBy(metric => metric.Key.Service, StringComparer.Ordinal).ThenBy(metric => metric.Key.Name, StringComparer.Ordinal)
                .Select(metric => new MetricData(
                    metric.Key.Service, metric.Value.Scope, metric.Key.Name, metric.Value.Description, metric.Value.Unit, metric.Value.Type,
                    metric.Value.LastUpdated,
                    [.. metric.Value.Series.Values.Select(series => new MetricSeries(series.Attributes, series.Points.Last(), [.. series.Points]))]))];
        }
    }

    private void Add(string service, string scope, Metric metric, Dictionary<string, string> attributes, MetricPoint point)
    {
        lock (_gate)
        {
            if (!_metrics.TryGetValue((service, metric.Name), out var entry))
            {
                if (_metrics.Count >= maxMetrics)
                {
                    return;
                }
                entry = new Entry(scope, metric.Description, metric.Unit, metric.DataCase.ToString());
                _metrics[(service, metric.Name)] = entry;
            }
            var key = string.Join('\u001f', attributes.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));
            if (!entry.Series.TryGetValue(key, out var series))
            {
                if (entry.Series.Count >= maxSeriesPerMetric)
                {
                    return;
                }
                series = new Series(attributes);
                entry.Series[key] = series;
            }
            if (series.Points.Count == pointsPerSeries)
            {
                series.Points.Dequeue();
            }
            series.Points.Enqueue(point);
            if (point.At > entry.LastUpdated)
            {
                entry.LastUpdated = point.At;
            }
        }
    }

    private static IEnumerable<(Dictionary<string, string> Attributes, MetricPoint Point)> Points(Metric metric)
    {
        IEnumerable<NumberDataPoint> numbers = metric.DataCase switch
        {
            Metric.DataOneofCase.Gauge => metric.Gauge.DataPoints,
            Metric.DataOneofCase.Sum => metric.Sum.DataPoints,
            _ => [],
        };
        foreach (var point in numbers)
        {
            var value = point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble;
            yield return (OtlpValues.Attributes(point.Attributes), new MetricPoint(OtlpValues.Time(point.TimeUnixNano), value));
        }
        if (metric.DataCase == Metric.DataOneofCase.Histogram)
        {
            foreach (var point in metric.Histogram.DataPoints)
            {
                yield return (OtlpValues.Attributes(point.Attributes), new MetricPoint(
                    OtlpValues.Time(point.TimeUnixNano), point.Count, point.Count, point.HasSum ? point.Sum : null,
                    point.HasMin ? point.Min : null, point.HasMax ? point.Max : null));
            }
        }
        if (metric.DataCase == Metric.DataOneofCase.ExponentialHistogram)
        {
            foreach (var point in metric.ExponentialHistogram.DataPoints)
            {
                yield return (OtlpValues.Attributes(point.Attributes), new MetricPoint(
                    OtlpValues.Time(point.TimeUnixNano), point.Count, point.Count, point.HasSum ? point.Sum : null,
                    point.HasMin ? point.Min : null, point.HasMax ? point.Max : null));
            }
        }
    }

    private sealed class Entry(string scope, string description, string unit, string type)
    {
        public string Scope { get; } = scope;
        public string Description { get; } = description;
        public string Unit { get; } = unit;
        public string Type { get; } = type;
        public DateTimeOffset LastUpdated { get; set; }
        public Dictionary<string, Series> Series { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Series(Dictionary<string, string> attributes)
    {
        public IReadOnlyDictionary<string, string> Attributes { get; } = attributes;
        public Queue<MetricPoint> Points { get; } = new();
    }
}
