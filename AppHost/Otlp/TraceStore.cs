using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Trace.V1;

namespace CxPlatform.AppHost.Otlp;

/// <summary>One span as the dashboard shows it.</summary>
public sealed record SpanData(
    string TraceId,
    string SpanId,
    string? ParentSpanId,
    string Service,
    string? Instance,
    string Scope,
    string Name,
    string Kind,
    DateTimeOffset Start,
    double DurationMs,
    string Status,
    string? StatusMessage,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<SpanEventData> Events);

public sealed record SpanEventData(string Name, DateTimeOffset At, IReadOnlyDictionary<string, string> Attributes);

/// <summary>A trace in the list: its root (or earliest) span's name and service, every service it crosses, and its extent.</summary>
public sealed record TraceSummary(
    string TraceId, string Name, string Service, IReadOnlyList<string> Services, DateTimeOffset Start, double DurationMs, int SpanCount, bool HasError);

/// <summary>A span placed in the waterfall: <paramref name="Depth"/> below the root, <paramref name="OffsetMs"/> after the trace's start.</summary>
public sealed record WaterfallSpan(SpanData Span, int Depth, double OffsetMs);

public sealed record TraceDetail(TraceSummary Summary, IReadOnlyList<WaterfallSpan> Spans);

/// <summary>The spans received over OTLP, grouped by trace id; the oldest traces fall off beyond <c>maxTraces</c>.</summary>
public sealed class TraceStore(int maxTraces = 2000, int maxSpansPerTrace = 5000)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<SpanData>> _traces = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _order = new();

    public int TraceCount { get { lock (_gate) { return _traces.Count; } } }

    internal int Add(ExportTraceServiceRequest request)
    {
        var added = 0;
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var (service, instance) = OtlpValues.Service(resourceSpans.Resource);
            foreach (var scopeSpans in resourceSpans.ScopeSpans)
            {
                foreach (var span in scopeSpans.Spans)
                {
                    if (OtlpValues.Id(span.TraceId) is not { } traceId || OtlpValues.Id(span.SpanId) is not { } spanId)
                    {
                        continue;
                    }
                    Add(new SpanData(
                        traceId, spanId, OtlpValues.Id(span.ParentSpanId), service, instance, scopeSpans.Scope?.Name ?? "", span.Name,
                        Kind(span.Kind), OtlpValues.Time(span.StartTimeUnixNano),
                        span.EndTimeUnixNano >= span.StartTimeUnixNano ? (span.EndTimeUnixNano - span.StartTimeUnixNano) / 1_000_000.0 : 0,
                        Status(span.Status), string.IsNullOrEmpty(span.Status?.Message) ? null : span.Status.Message,
                        OtlpValues.Attributes(span.Attributes),
                        [.. span.Events.Select(@event => new SpanEventData(@event.Name, OtlpValues.Time(@event.TimeUnixNano), OtlpValues.Attributes(@event.Attributes)))]));
                    added++;
                }
            }
        }
        return added;
    }

    public void Add(SpanData span)
    {
        lock (_gate)
        {
            if (!_traces.TryGetValue(span.TraceId, out var spans))
            {
                if (_traces.Count >= maxTraces && _order.First is { } oldest)
                {
                    _traces.Remove(oldest.Value);
                    _order.RemoveFirst();
                }
                spans = [];
                _traces[span.TraceId] = spans;
                _order.AddLast(span.TraceId);
            }
            if (spans.Count < maxSpansPerTrace)
            {
                spans.Add(span);
            }
        }
    }

    /// <summary>Newest first: traces that cross <paramref name="service"/> and have a span whose name, service, id or attribute contains <paramref name="search"/>.</summary>
    public IReadOnlyList<TraceSummary> List(string? service, string? search, int limit)
    {
        lock (_gate)
        {
            return [.. _traces.Values
                .Where(spans => string.IsNullOrEmpty(service) || spans.Any(span => span.Service == service))
                .Where(spans => string.IsNullOrEmpty(search) || spans.Any(span => Matches(span, search)))
                .Select(Summarize)
                .OrderByDescending(summary => summary.Start)
                .Take(limit)];
        }
    }

    public TraceDetail? Find(string traceId)
    {
        lock (_gate)
        {
            if (!_traces.TryGetValue(traceId.ToLowerInvariant(), out var spans))
            {
                return null;
            }
            var summary = Summarize(spans);
            return new TraceDetail(summary, Waterfall(spans, summary.Start));
        }
    }

    private static bool Matches(SpanData span, string search) =>
        OtlpValues.Contains(span.Name, search) || OtlpValues.Contains(span.Service, search) || OtlpValues.Contains(span.TraceId, search)
        || OtlpValues.Contains(span.Attributes, search);

    private static TraceSummary Summarize(List<SpanData> spans)
    {
        var ids = spans.Select(span => span.SpanId).ToHashSet(StringComparer.Ordinal);
        var root = spans.Where(span => span.ParentSpanId is null || !ids.Contains(span.ParentSpanId)).MinBy(span => span.Start) ?? spans[0];
        var start = spans.Min(span => span.Start);
        var end = spans.Max(span => span.Start.AddMilliseconds(span.DurationMs));
        return new TraceSummary(
            root.TraceId, root.Name, root.Service, [.. spans.Select(span => span.Service).Distinct().Order()], start,
            (end - start).TotalMilliseconds, spans.Count, spans.Any(span => span.Status == "Error"));
    }

    /// <summary>Depth-first from the roots (spans whose parent is not in the trace), children by start time.</summary>
    private static List<WaterfallSpan> Waterfall(List<SpanData> spans, DateTimeOffset traceStart)
    {
        var ids = spans.Select(span => span.SpanId).ToHashSet(StringComparer.Ordinal);
        var children = spans.Where(span => span.ParentSpanId is not null && ids.Contains(span.ParentSpanId))
            .GroupBy(span => span.ParentSpanId!)
            .ToDictionary(group => group.Key, group => group.OrderBy(span => span.Start).ToList(), StringComparer.Ordinal);
        var result = new List<WaterfallSpan>(spans.Count);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        void Visit(SpanData span, int depth)
        {
            if (!visited.Add(span.SpanId))
            {
                return;
            }
            result.Add(new WaterfallSpan(span, depth, (span.Start - traceStart).TotalMilliseconds));
            foreach (var child in children.GetValueOrDefault(span.SpanId) ?? [])
            {
                Visit(child, depth + 1);
            }
        }
        foreach (var root in spans.Where(span => span.ParentSpanId is null || !ids.Contains(span.ParentSpanId)).OrderBy(span => span.Start))
        {
            Visit(root, 0);
        }
        return result;
    }

    private static string Kind(Span.Types.SpanKind kind) => kind switch
    {
        Span.Types.SpanKind.Server => "Server",
        Span.Types.SpanKind.Client => "Client",
        Span.Types.SpanKind.Producer => "Producer",
        Span.Types.SpanKind.Consumer => "Consumer",
        _ => "Internal",
    };

    private static string Status(Status? status) => status?.Code switch
    {
        OpenTelemetry.Proto.Trace.V1.Status.Types.StatusCode.Ok => "Ok",
        OpenTelemetry.Proto.Trace.V1.Status.Types.StatusCode.Error => "Error",
        _ => "Unset",
    };
}
