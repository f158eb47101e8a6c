using CxPlatform.Care.Domain.Goals;

namespace CxPlatform.Care.Tests.Goals;

/// <summary>Periods on the care team's wall clock, with fixed instants (Europe/Zurich: CET +01:00, CEST +02:00 from 29 March 2026).</summary>
public sealed class GoalPeriodTests
{
    private static readonly TimeZoneInfo Zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");

    [Fact]
    public void March_in_Zurich_runs_from_local_midnight_to_local_midnight_and_is_an_hour_short_across_the_spring_change()
    {
        Assert.True(GoalPeriod.TryParse(GoalPeriods.Month, "2026-03", Zurich, out var march));

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 23, 0, 0, TimeSpan.Zero), march.Start);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 22, 0, 0, TimeSpan.Zero), march.End);
        Assert.Equal(TimeSpan.FromDays(31) - TimeSpan.FromHours(1), march.End - march.Start);
    }

    [Fact]
    public void An_obligation_due_just_before_local_midnight_belongs_to_the_local_month_not_the_UTC_one()
    {
        var lateOnMarch31 = new DateTimeOffset(2026, 3, 31, 21, 59, 0, TimeSpan.Zero); // 23:59 CEST
        var earlyOnApril1 = new DateTimeOffset(2026, 3, 31, 22, 0, 0, TimeSpan.Zero); // 00:00 CEST, still 31 March in UTC

        Assert.Equal("2026-03", GoalPeriod.Containing(GoalPeriods.Month, lateOnMarch31, Zurich).Key);
        var april = GoalPeriod.Containing(GoalPeriods.Month, earlyOnApril1, Zurich);
        Assert.Equal(("2026-04", earlyOnApril1), (april.Key, april.Start));
        Assert.False(GoalPeriod.Containing(GoalPeriods.Month, lateOnMarch31, Zurich).Contains(earlyOnApril1));
    }

    [Fact]
    public void The_ISO_week_of_the_autumn_change_runs_Monday_to_Monday_and_is_an_hour_long()
    {
        // Sunday 25 October 2026, 03:00 CEST → 02:00 CET.
        var week = GoalPeriod.Containing(GoalPeriods.Week, new DateTimeOffset(2026, 10, 25, 12, 0, 0, TimeSpan.Zero), Zurich);

        Assert.Equal("2026-W43", week.Key);
        Assert.Equal(new DateTimeOffset(2026, 10, 18, 22, 0, 0, TimeSpan.Zero), week.Start);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 23, 0, 0, TimeSpan.Zero), week.End);
        Assert.Equal(TimeSpan.FromDays(7) + TimeSpan.FromHours(1), week.End - week.Start);
    }

    [Fact]
    public void A_week_that_starts_in_December_belongs_to_the_ISO_year_of_its_Thursday()
    {
        var week = GoalPeriod.Containing(GoalPeriods.Week, new DateTimeOffset(2026, 12, 30, 12, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

        Assert.Equal(("2026-W53", new DateTimeOffset(2026, 12, 28, 0, 0, 0, TimeSpan.Zero)), (week.Key, week.Start));
    }

    [Theory]
    [InlineData(GoalPeriods.Month, "2026-13")]
    [InlineData(GoalPeriods.Month, "2026-3")]
    [InlineData(GoalPeriods.Month, "2026-W10")]
    [InlineData(GoalPeriods.Week, "2026-03")]
    [InlineData(GoalPeriods.Week, "2025-W53")]
    [InlineData(GoalPeriods.Week, "2026-W00")]
    [InlineData(GoalPeriods.Month, "")]
    public void Malformed_or_impossible_period_keys_are_refused(string kind, string key)
    {
        Assert.False(GoalPeriod.TryParse(kind, key, Zurich, out _));
    }
}
