using CxPlatform.Care.Domain;

namespace CxPlatform.Care.Tests;

/// <summary>Quiet hours are local times: the instant they end depends on the customer's zone and its daylight saving changes.</summary>
public sealed class QuietHoursTests
{
    private static readonly TimeZoneInfo Zurich = TimeZones.Find("Europe/Zurich");
    private static readonly TimeZoneInfo NewYork = TimeZones.Find("America/New_York");

    [Fact]
    public void A_window_across_midnight_ends_the_next_local_morning()
    {
        var hours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0));

        // 23:30 in Zurich in winter (UTC+1).
        var until = hours.QuietUntil(new DateTimeOffset(2026, 1, 15, 22, 30, 0, TimeSpan.Zero), Zurich);

        Assert.Equal(new DateTimeOffset(2026, 1, 16, 6, 0, 0, TimeSpan.Zero), until);
    }

    [Fact]
    public void After_midnight_the_window_ends_the_same_local_morning()
    {
        var hours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0));

        var until = hours.QuietUntil(new DateTimeOffset(2026, 1, 16, 1, 0, 0, TimeSpan.Zero), Zurich);

        Assert.Equal(new DateTimeOffset(2026, 1, 16, 6, 0, 0, TimeSpan.Zero), until);
    }

    [Theory]
    [InlineData(2026, 1, 15, 20, 59)] // 21:59 local, before the window
    [InlineData(2026, 1, 16, 6, 0)]   // 07:00 local, the end is not quiet
    [InlineData(2026, 7, 15, 12, 0)]  // midday
    public void Outside_the_window_nothing_is_held_back(int year, int month, int day, int hour, int minute)
    {
        var hours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0));

        Assert.Null(hours.QuietUntil(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero), Zurich));
    }

    [Fact]
    public void A_window_within_one_day_holds_back_only_inside_it()
    {
        var hours = new QuietHours(new TimeOnly(12, 0), new TimeOnly(14, 0));

        Assert.Equal(new DateTimeOffset(2026, 7, 15, 12, 0, 0, TimeSpan.Zero), hours.QuietUntil(new DateTimeOffset(2026, 7, 15, 10, 30, 0, TimeSpan.Zero), Zurich));
        Assert.Null(hours.QuietUntil(new DateTimeOffset(2026, 7, 15, 12, 30, 0, TimeSpan.Zero), Zurich));
    }

    [Fact]
    public void Over_the_spring_forward_night_the_end_is_in_summer_time()
    {
        // Zurich moves from UTC+1 to UTC+2 at 02:00 on 29 March 2026; 07:00 that morning is 05:00 UTC, not 06:00.
        var hours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0));

        var until = hours.QuietUntil(new DateTimeOffset(2026, 3, 28, 22, 0, 0, TimeSpan.Zero), Zurich);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 5, 0, 0, TimeSpan.Zero), until);
    }

    [Fact]
    public void An_end_the_clocks_skip_is_the_moment_they_jump()
    {
        // 02:30 does not exist in Zurich on 29 March 2026: the clocks jump from 02:00 (UTC+1) to 03:00 (UTC+2), at 01:00 UTC.
        var hours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(2, 30));

        var until = hours.QuietUntil(new DateTimeOffset(2026, 3, 28, 23, 30, 0, TimeSpan.Zero), Zurich);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), until);
    }

    [Fact]
    public void An_end_that_occurs_twice_is_its_first_occurrence_after_now()
    {
        // New York falls back from 02:00 EDT to 01:00 EST on 1 November 2026: 01:30 occurs at 05:30 and at 06:30 UTC.
        var hours = new QuietHours(new TimeOnly(23, 0), new TimeOnly(1, 30));

        var beforeBoth = hours.QuietUntil(new DateTimeOffset(2026, 11, 1, 4, 0, 0, TimeSpan.Zero), NewYork);
        var betweenThem = hours.QuietUntil(new DateTimeOffset(2026, 11, 1, 6, 10, 0, TimeSpan.Zero), NewYork);

        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero), beforeBoth);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 6, 30, 0, TimeSpan.Zero), betweenThem);
    }
}
