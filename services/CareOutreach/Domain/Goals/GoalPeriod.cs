using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CxPlatform.Care.Domain.Goals;

/// <summary>
/// One week or month of a goal on the care team's wall clock: from local midnight of its first day to local midnight of the
/// next period's first day, as instants (so a month with a daylight saving change is an hour shorter or longer).
/// </summary>
public sealed partial record GoalPeriod(string Kind, string Key, DateTimeOffset Start, DateTimeOffset End)
{
    public bool HasEnded(DateTimeOffset now) => now >= End;

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    public static GoalPeriod Containing(string kind, DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        return kind == GoalPeriods.Week
            ? Week(ISOWeek.GetYear(local.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(local.ToDateTime(TimeOnly.MinValue)), zone)
            : Month(local.Year, local.Month, zone);
    }

    /// <summary>Reads <c>2026-03</c> for a monthly goal or <c>2026-W10</c> for a weekly one.</summary>
    public static bool TryParse(string kind, string? key, TimeZoneInfo zone, [NotNullWhen(true)] out GoalPeriod? period)
    {
        period = null;
        var match = kind == GoalPeriods.Week ? WeekKey().Match(key ?? "") : MonthKey().Match(key ?? "");
        if (!match.Success)
        {
            return false;
        }
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 9998 || number < 1 || number > (kind == GoalPeriods.Week ? ISOWeek.GetWeeksInYear(year) : 12))
        {
            return false;
        }
        period = kind == GoalPeriods.Week ? Week(year, number, zone) : Month(year, number, zone);
        return true;
    }

    private static GoalPeriod Week(int year, int week, TimeZoneInfo zone)
    {
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return new GoalPeriod(
            GoalPeriods.Week, string.Create(CultureInfo.InvariantCulture, $"{year:D4}-W{week:D2}"),
            StartOfDay(monday, zone), StartOfDay(monday.AddDays(7), zone));
    }

    private static GoalPeriod Month(int year, int month, TimeZoneInfo zone)
    {
        var first = new DateOnly(year, month, 1);
        return new GoalPeriod(
            GoalPeriods.Month, string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"),
            StartOfDay(first, zone), StartOfDay(first.AddMonths(1), zone));
    }

    /// <summary>The first instant of a local date: where the clocks skip midnight, the instant they jump; where midnight occurs twice, the first.</summary>
    private static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    [GeneratedRegex(@"^(\d{4})-(\d{2})$")]
    private static partial Regex MonthKey();

    [GeneratedRegex(@"^(\d{4})-W(\d{2})$")]
    private static partial Regex WeekKey();
}
