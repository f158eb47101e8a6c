namespace CxPlatform.Insights.Domain.Metrics;

/// <summary>
/// Period boundaries in UTC (no tenant time zone exists yet): days start at 00:00, weeks on Monday (ISO 8601), months on the 1st.
/// </summary>
public static class MetricPeriods
{
    public static DateTimeOffset Start(DateTimeOffset instant, MetricGrain grain)
    {
        var utc = instant.ToUniversalTime();
        var day = new DateTimeOffset(utc.Year, utc.Month, utc.Day, 0, 0, 0, TimeSpan.Zero);
        return grain switch
        {
            MetricGrain.Hour => day.AddHours(utc.Hour),
            MetricGrain.Day => day,
            MetricGrain.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
            MetricGrain.Month => new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero),
            _ => throw new ArgumentOutOfRangeException(nameof(grain), grain, null),
        };
    }

    public static DateTimeOffset Next(DateTimeOffset periodStart, MetricGrain grain) => grain switch
    {
        MetricGrain.Hour => periodStart.AddHours(1),
        MetricGrain.Day => periodStart.AddDays(1),
        MetricGrain.Week => periodStart.AddDays(7),
        MetricGrain.Month => periodStart.AddMonths(1),
        _ => throw new ArgumentOutOfRangeException(nameof(grain), grain, null),
    };

    /// <summary>The starts of the periods from the one holding <paramref name="from"/> up to the last one starting before <paramref name="to"/>; stops counting past <paramref name="limit"/>.</summary>
    public static IReadOnlyList<DateTimeOffset> Between(DateTimeOffset from, DateTimeOffset to, MetricGrain grain, int limit = int.MaxValue)
    {
        var starts = new List<DateTimeOffset>();
        for (var start = Start(from, grain); start < to && starts.Count <= limit; start = Next(start, grain))
        {
            starts.Add(start);
        }
        return starts;
    }
}
