namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>
/// Delays before restarting a crashed service: 1 s, 2 s, 4 s … up to the cap. A run that lasted longer than the cap starts
/// the series over, so a service that crashes once after hours restarts at once.
/// </summary>
internal sealed class RestartBackoff(TimeSpan cap)
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    private TimeSpan _next = First;

    public TimeSpan Next(TimeSpan lastRunDuration)
    {
        if (lastRunDuration > cap)
        {
            _next = First;
        }
        var delay = _next < cap ? _next : cap;
        _next = TimeSpan.FromTicks(Math.Min(_next.Ticks * 2, cap.Ticks));
        return delay;
    }
}
