namespace CxPlatform.ServiceDefaults.Messaging;

internal sealed class ExponentialBackoff(TimeSpan min, TimeSpan max)
{
    private TimeSpan _current = TimeSpan.Zero;

    public TimeSpan Next()
    {
        _current = _current == TimeSpan.Zero ? min : TimeSpan.FromTicks(Math.Min(_current.Ticks * 2, max.Ticks));
        return _current;
    }

    public void Reset() => _current = TimeSpan.Zero;
}
