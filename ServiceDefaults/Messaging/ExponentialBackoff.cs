namespace CxPlatform.ServiceDefaults.Messaging;

/// <summary>
/// Delays that double from <c>min</c> up to <c>max</c>: as a sequence for one retrying loop (<see cref="Next"/>), or for the
/// n-th attempt of work whose attempt count is stored (<see cref="ForAttempt"/>), optionally spread by jitter.
/// </summary>
public sealed class ExponentialBackoff(TimeSpan min, TimeSpan max)
{
    private int _attempt;

    public TimeSpan Next() => ForAttempt(++_attempt, min, max);

    public void Reset() => _attempt = 0;

    /// <summary>The delay after failed attempt number <paramref name="attempt"/> (1-based): min, 2·min, 4·min, … capped at max.</summary>
    public static TimeSpan ForAttempt(int attempt, TimeSpan min, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        // Past 62 doublings the tick count would overflow; any such delay is max anyway.
        var doublings = Math.Min(attempt - 1, 62);
        var ticks = min.Ticks > max.Ticks >> doublings ? max.Ticks : min.Ticks << doublings;
        return TimeSpan.FromTicks(Math.Min(ticks, max.Ticks));
    }

    /// <summary>
    /// A random delay between half of <paramref name="delay"/> and all of it ("equal jitter"), so that many senders that
    /// failed together do not retry together, while each still waits at least half the backoff.
    /// </summary>
    public static TimeSpan WithJitter(TimeSpan delay, Random random) =>
        TimeSpan.FromTicks(delay.Ticks / 2 + (long)(random.NextDouble() * (delay.Ticks - delay.Ticks / 2)));
}
