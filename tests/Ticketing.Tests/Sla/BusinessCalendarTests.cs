using CxPlatform.ServiceDefaults.BusinessTime;
using CxPlatform.Ticketing.Domain.Sla;
using static CxPlatform.Ticketing.Tests.Sla.Calendars;

namespace CxPlatform.Ticketing.Tests.Sla;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar ZurichOffice = Office(Zurich, new DateOnly(2026, 12, 25));

    [Fact]
    public void Minutes_within_working_hours_add_up_on_the_same_day()
    {
        var due = ZurichOffice.AddBusinessMinutes(At(Zurich, "2026-03-02 10:00"), 90);

        Assert.Equal(At(Zurich, "2026-03-02 11:30"), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }

    [Fact]
    public void What_is_left_at_closing_time_continues_the_next_morning()
    {
        Assert.Equal(At(Zurich, "2026-03-03 09:30"), ZurichOffice.AddBusinessMinutes(At(Zurich, "2026-03-02 16:30"), 60));
        Assert.Equal(60, ZurichOffice.BusinessMinutesBetween(At(Zurich, "2026-03-02 16:30"), At(Zurich, "2026-03-03 09:30")));
    }

    [Fact]
    public void A_weekend_counts_nothing()
    {
        Assert.Equal(At(Zurich, "2026-03-09 10:00"), ZurichOffice.AddBusinessMinutes(At(Zurich, "2026-03-06 16:00"), 120));
        Assert.Equal(0, ZurichOffice.BusinessMinutesBetween(At(Zurich, "2026-03-07 08:00"), At(Zurich, "2026-03-08 20:00")));
    }

    [Fact]
    public void A_holiday_counts_nothing()
    {
        // Thursday 24 December; Friday 25 is a holiday, then the weekend.
        Assert.Equal(At(Zurich, "2026-12-28 10:00"), ZurichOffice.AddBusinessMinutes(At(Zurich, "2026-12-24 16:00"), 120));
        Assert.Equal(0, ZurichOffice.BusinessMinutesBetween(At(Zurich, "2026-12-25 00:00"), At(Zurich, "2026-12-26 00:00")));
    }

    [Fact]
    public void A_UTC_instant_is_read_in_the_calendars_time_zone_summer_and_winter()
    {
        // 07:30 UTC is 08:30 in Zurich in winter (before opening) and 09:30 in summer (open).
        Assert.Equal(Utc("2026-01-05T08:30:00Z"), ZurichOffice.AddBusinessMinutes(Utc("2026-01-05T07:30:00Z"), 30));
        Assert.Equal(Utc("2026-07-06T08:00:00Z"), ZurichOffice.AddBusinessMinutes(Utc("2026-07-06T07:30:00Z"), 30));
    }

    [Fact]
    public void Office_hours_keep_their_local_time_across_spring_forward_and_fall_back()
    {
        // Zurich moves to UTC+2 on Sunday 29 March and back to UTC+1 on Sunday 25 October 2026.
        Assert.Equal(Utc("2026-03-30T08:00:00Z"), ZurichOffice.AddBusinessMinutes(Utc("2026-03-27T15:00:00Z"), 120));
        Assert.Equal(Utc("2026-10-26T09:00:00Z"), ZurichOffice.AddBusinessMinutes(Utc("2026-10-23T14:00:00Z"), 120));
        Assert.Equal(Utc("2026-03-09T14:00:00Z"), Office(NewYork).AddBusinessMinutes(Utc("2026-03-06T21:00:00Z"), 120));
    }

    [Fact]
    public void A_whole_day_is_an_hour_short_at_spring_forward_and_an_hour_long_at_fall_back()
    {
        var allDay = EveryDay(Zurich, TimeSpan.Zero, WorkingInterval.EndOfDay);

        Assert.Equal(TimeSpan.FromHours(23), allDay.BusinessTimeBetween(At(Zurich, "2026-03-29 00:00"), At(Zurich, "2026-03-30 00:00")));
        Assert.Equal(TimeSpan.FromHours(25), allDay.BusinessTimeBetween(At(Zurich, "2026-10-25 00:00"), At(Zurich, "2026-10-26 00:00")));
        Assert.Equal(At(Zurich, "2026-03-30 01:00"), allDay.AddBusinessTime(At(Zurich, "2026-03-29 00:00"), TimeSpan.FromHours(24)));
        Assert.Equal(At(Zurich, "2026-10-25 23:00"), allDay.AddBusinessTime(At(Zurich, "2026-10-25 00:00"), TimeSpan.FromHours(24)));
    }

    [Fact]
    public void An_interval_that_spans_the_clock_change_counts_the_real_time_that_passes()
    {
        var night = EveryDay(Zurich, TimeSpan.FromHours(1), TimeSpan.FromHours(4));

        Assert.Equal(TimeSpan.FromHours(2), night.BusinessTimeBetween(At(Zurich, "2026-03-29 00:00"), At(Zurich, "2026-03-29 12:00")));
        Assert.Equal(TimeSpan.FromHours(4), night.BusinessTimeBetween(At(Zurich, "2026-10-25 00:00"), At(Zurich, "2026-10-25 12:00")));
        // Spring forward: 02:00 becomes 03:00 at 01:00 UTC, so an interval starting in the gap starts at the jump.
        var fromTheGap = EveryDay(Zurich, new TimeSpan(2, 30, 0), TimeSpan.FromHours(4));
        Assert.Equal(Utc("2026-03-29T01:10:00Z"), fromTheGap.AddBusinessMinutes(At(Zurich, "2026-03-29 00:00"), 10));
    }

    [Fact]
    public void Business_time_outside_working_hours_is_zero_negative_when_reversed_and_adding_none_stays_put()
    {
        Assert.Equal(0, ZurichOffice.BusinessMinutesBetween(At(Zurich, "2026-03-02 17:00"), At(Zurich, "2026-03-03 09:00")));
        Assert.Equal(-30, ZurichOffice.BusinessMinutesBetween(At(Zurich, "2026-03-02 10:30"), At(Zurich, "2026-03-02 10:00")));
        Assert.Equal(At(Zurich, "2026-03-02 18:00"), ZurichOffice.AddBusinessMinutes(At(Zurich, "2026-03-02 18:00"), 0));
    }

    [Theory]
    [InlineData("2026-03-02T07:59:00Z", 1)]
    [InlineData("2026-03-27T15:30:00Z", 45)]
    [InlineData("2026-03-28T12:00:00Z", 600)]
    [InlineData("2026-10-23T10:00:00Z", 2_000)]
    [InlineData("2026-12-24T15:59:30Z", 481)]
    [InlineData("2026-06-15T09:17:00Z", 100_000)]
    [InlineData("2026-06-15T09:17:00Z", SlaLimits.MaxGoalMinutes)]
    public void Adding_business_minutes_and_measuring_them_are_inverse(string start, int minutes)
    {
        foreach (var calendar in new[] { ZurichOffice, Office(NewYork), EveryDay(Zurich, TimeSpan.FromHours(1), TimeSpan.FromHours(4)), BusinessCalendar.AlwaysOpen })
        {
            var due = calendar.AddBusinessMinutes(Utc(start), minutes);
            Assert.Equal(minutes, calendar.BusinessMinutesBetween(Utc(start), due), precision: 6);
        }
    }

    [Fact]
    public void Without_a_calendar_every_minute_counts()
    {
        var start = Utc("2026-03-28T23:30:00Z");

        Assert.Equal(start.AddMinutes(90), BusinessCalendar.AlwaysOpen.AddBusinessMinutes(start, 90));
        Assert.Equal(2 * 24 * 60, BusinessCalendar.AlwaysOpen.BusinessMinutesBetween(start, start.AddDays(2)));
    }

    [Fact]
    public void A_goal_beyond_the_search_horizon_of_a_nearly_closed_calendar_is_due_at_the_horizon()
    {
        var oneMinuteAWeek = new BusinessCalendar(Zurich, [new WorkingInterval(DayOfWeek.Monday, TimeSpan.FromHours(9), new TimeSpan(9, 1, 0))], []);
        var start = Utc("2026-03-02T00:00:00Z");

        Assert.Equal(start.AddDays(BusinessCalendar.SearchHorizonDays), oneMinuteAWeek.AddBusinessMinutes(start, SlaLimits.MaxGoalMinutes));
    }

    [Fact]
    public void A_calendar_without_working_time_is_refused() =>
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(Zurich, [], []));
}
