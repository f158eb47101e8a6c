using OpenTelemetry.Proto.Collector.Logs.V1;

namespace CxPlatform.AppHost.Otlp;

/// <summary>One structured log record; <see cref="Category"/> is the logger's category (the OTLP instrumentation scope).</summary>
public sealed record LogEntry(
    long Sequence,
    DateTimeOffset Timestamp,
    string Service,
    string? Instance,
    string Level,
    int SeverityNumber,
    string Category,
    string Message,
    string? TraceId,
    string? SpanId,
    IReadOnlyDictionary<string, string> Attributes);

/// <summary>The structured logs received over OTLP, in a ring buffer: the oldest records fall off.</summary>
public sealed class LogStore(int capacity = 10_000)
{
    /// <summary>OTLP severity numbers 1–24 in groups of four, with .NET's level names.</summary>
    public static readonly IReadOnlyList<string> Levels = ["Trace", "Debug", "Information", "Warning", "Error", "Critical"];

    private readonly Lock _gate = new();
    private readonly Queue<LogEntry> _entries = new();
    private long _lastSequence;

    internal int Add(ExportLogsServiceRequest request)
    {
        var added = 0;
        foreach (var resourceLogs in request.ResourceLogs)
        {
            var (service, instance) = OtlpValues.Service(resourceLogs.Resource);
            foreach (var scopeLogs in resourceLogs.ScopeLogs)
            {
                foreach (var record in scopeLogs.LogRecords)
                {
                    var severity = (int)record.SeverityNumber;
                    var time = record.TimeUnixNano != 0 ? record.TimeUnixNano : record.ObservedTimeUnixNano;
                    lock (_gate)
                    {
                        if (_entries.Count == capacity)
                        {
                            _entries.Dequeue();
                        }
                        _entries.Enqueue(new LogEntry(
                            ++_lastSequence, OtlpValues.Time(time), service, instance, LevelOf(severity, record.SeverityText), severity,
                            scopeLogs.Scope?.Name ?? "", OtlpValues.Text(record.Body), OtlpValues.Id(record.TraceId), OtlpValues.Id(record.SpanId),
                            OtlpValues.Attributes(record.Attributes)));
                    }
                    added++;
                }
            }
        }
        return added;
    }

    /// <summary>
    /// Newest first: records of <paramref name="service"/> at <paramref name="level"/> or above whose message, category,
    /// trace id or attributes contain <paramref name="search"/>.
    /// </summary>
    public IReadOnlyList<LogEntry> Query(string? service, string? level, string? search, int limit)
    {
        var index = string.IsNullOrEmpty(level) ? -1 : Levels.ToList().FindIndex(name => name.Equals(level, StringComparison.OrdinalIgnoreCase));
        var minimum = index < 0 ? 0 : index * 4 + 1;
        lock (_gate)
        {
            return [.. _entries.Reverse()
                .Where(entry => string.IsNullOrEmpty(service) || entry.Service == service)
                .Where(entry => entry.SeverityNumber >= minimum)
                .Where(entry => string.IsNullOrEmpty(search) || OtlpValues.Contains(entry.Message, search) || OtlpValues.Contains(entry.Category, search)
                    || OtlpValues.Contains(entry.TraceId, search) || OtlpValues.Contains(entry.Attributes, search))
                .Take(limit)];
        }
    }

    private static string LevelOf(int severityNumber, string severityText) => severityNumber is >= 1 and <= 24
        ? Levels[(severityNumber - 1) / 4]
        : string.IsNullOrEmpty(severityText) ? "Information" : severityText;
}
