namespace CxPlatform.ServiceDefaults.BusinessTime;

/// <summary>
/// Business time in one time zone: weekly working intervals minus holidays. An interval covers every instant from the first
/// time the local clock reaches its start to the last time it reaches its end, so business time is real elapsed time: a
/// working day with a spring-forward gap is an hour short, one with a fall-back repeat an hour long.
/// </summary>
public sealed class BusinessCalendar
{
    /// <summary>
    /// How far ahead business time is searched: enough for the longest goal on a working week of a few hours. A goal that a
    /// nearly closed calendar cannot fit in it is due at the horizon instead of never.
    /// </summary>
    public const int SearchHorizonDays = 20 * 366;

    private readonly TimeZoneInfo _zone;
    private readonly ILookup<DayOfWeek, WorkingInterval> _week;
    private readonly HashSet<DateOnly> _holidays;
    private readonly bool _alwaysOpen;

    public BusinessCalendar(TimeZoneInfo zone, IEnumerable<WorkingInterval> workingHours, IEnumerable<DateOnly> holidays)
    {
        _zone = zone;
        _week = workingHours.OrderBy(interval => interval.Start).ToLookup(interval => interval.Day);
        _holidays = holidays.ToHashSet();
        if (_week.Count == 0)
        {
            throw new ArgumentException("A business calendar needs at least one working interval.", nameof(workingHours));
        }
    }

    private BusinessCalendar()
    {
        _zone = TimeZoneInfo.Utc;
        _week = Array.Empty<WorkingInterval>().ToLookup(interval => interval.Day);
        _holidays = [];
        _alwaysOpen = true;
    }

    /// <summary>24×7: every minute counts (a policy without a calendar).</summary>
    public static BusinessCalendar AlwaysOpen { get; } = new();

    public DateTimeOffset AddBusinessMinutes(DateTimeOffset start, int minutes) => AddBusinessTime(start, TimeSpan.FromMinutes(minutes));

    public double BusinessMinutesBetween(DateTimeOffset from, DateTimeOffset to) => BusinessTimeBetween(from, to).TotalMinutes;

    /// <summary>The instant at which <paramref name="amount"/> of business time has passed since <paramref name="start"/> (UTC).</summary>
    public DateTimeOffset AddBusinessTime(DateTimeOffset start, TimeSpan amount)
    {
        if (amount <= TimeSpan.Zero)
        {
            return start.ToUniversalTime();
        }
        if (_alwaysOpen)
        {
            return (start + amount).ToUniversalTime();
        }

        var left = amount;
        foreach (var (windowStart, windowEnd) in WindowsFrom(start))
        {
            var from = windowStart > start ? windowStart : start;
            if (from >= windowEnd)
            {
                continue;
            }
            if (windowEnd - from >= left)
            {
                return (from + left).ToUniversalTime();
            }
            left -= windowEnd - from;
        }
        return (start + TimeSpan.FromDays(SearchHorizonDays)).ToUniversalTime();
    }

    /// <summary>Business time between two instants; negative when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    public TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            return -BusinessTimeBetween(to, from);
        }
        if (_alwaysOpen)
        {
            return to - from;
        }

        var total = TimeSpan.Zero;
        foreach (var (windowStart, windowEnd) in WindowsFrom(from))
        {
            if (windowStart >= to)
            {
                break;
            }
            var start = windowStart > from ? windowStart : from;
            var end = windowEnd < to ? windowEnd : to;
            if (end > start)
            {
                total += end - start;
            }
        }
        return total;
    }

    /// <summary>The working windows, in order, of every local day from the one before <paramref name="instant"/>'s onwards.</summary>
    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> WindowsFrom(DateTimeOffset instant)
    {
        // The day before too: where a zone falls back across midnight, an earlier local date can still be running.
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime).AddDays(-1);
        for (var searched = 0; searched <= SearchHorizonDays; searched++, day = day.AddDays(1))
        {
            if (_holidays.Contains(day))
            {
                continue;
            }
            var midnight = day.ToDateTime(TimeOnly.MinValue);
            foreach (var interval in _week[day.DayOfWeek])
            {
                yield return (ToInstant(midnight + interval.Start, earliest: true), ToInstant(midnight + interval.End, earliest: false));
            }
        }
    }

    private DateTimeOffset ToInstant(DateTime local, bool earliest)
    {
        // In a spring-forward gap the wall clock jumps over this time: the interval boundary is the jump itself.
        while (_zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        if (_zone.IsAmbiguousTime(local))
        {
            var offsets = _zone.GetAmbiguousTimeOffsets(local);
            return new DateTimeOffset(local, earliest ? offsets.Max() : offsets.Min());
        }
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
