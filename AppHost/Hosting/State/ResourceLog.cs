namespace CxPlatform.AppHost.Hosting.State;

/// <summary>The most recent console lines of one resource (a ring buffer), kept for the dashboard's log view; older lines fall off.</summary>
public sealed class ResourceLog(int capacity = ResourceLog.DefaultCapacity)
{
    public const int DefaultCapacity = 5000;

    private readonly Queue<LogLine> _lines = new(capacity);
    private readonly Lock _gate = new();
    private long _lastSequence;

    public event Action<LogLine>? LineWritten;

    public int Capacity => capacity;

    public LogLine Write(DateTimeOffset at, string text, bool isError)
    {
        LogLine line;
        lock (_gate)
        {
            if (_lines.Count == capacity)
            {
                _lines.Dequeue();
            }
            line = new LogLine(++_lastSequence, at, text, isError);
            _lines.Enqueue(line);
        }
        LineWritten?.Invoke(line);
        return line;
    }

    public IReadOnlyList<LogLine> Tail(int count) => Read(after: 0, search: null, limit: count).Lines;

    /// <summary>
    /// The newest <paramref name="limit"/> lines after sequence number <paramref name="after"/> whose text contains
    /// <paramref name="search"/> (case-insensitive), oldest first.
    /// </summary>
    public LogPage Read(long after, string? search, int limit)
    {
        lock (_gate)
        {
            var matches = _lines.Where(line => line.Sequence > after
                && (string.IsNullOrEmpty(search) || line.Text.Contains(search, StringComparison.OrdinalIgnoreCase)));
            var lines = matches.ToList();
            if (lines.Count > limit)
            {
                lines.RemoveRange(0, lines.Count - limit);
            }
            var first = _lines.Count > 0 ? _lines.Peek().Sequence : _lastSequence + 1;
            return new LogPage(lines, first, _lastSequence);
        }
    }
}
