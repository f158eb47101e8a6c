namespace CxPlatform.AppHost.Hosting.State;

/// <summary>The most recent console lines of one resource, kept for a log view; older lines fall off.</summary>
public sealed class ResourceLog(int capacity = 2000)
{
    private readonly Queue<LogLine> _lines = new(capacity);
    private readonly Lock _gate = new();

    public event Action<LogLine>? LineWritten;

    public void Write(LogLine line)
    {
        lock (_gate)
        {
            if (_lines.Count == capacity)
            {
                _lines.Dequeue();
            }
            _lines.Enqueue(line);
        }
        LineWritten?.Invoke(line);
    }

    public IReadOnlyList<LogLine> Tail(int count)
    {
        lock (_gate)
        {
            return _lines.Skip(Math.Max(0, _lines.Count - count)).ToList();
        }
    }
}
