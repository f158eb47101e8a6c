using CxPlatform.ServiceDefaults.BusinessTime;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Tests.Sla;

internal static class Calendars
{
    public static readonly TimeZoneInfo Zurich = TimeZoneInfo.FindSystemTimeZoneById("Europe/Zurich");
    public static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>Monday to Friday, 09:00–17:00 local time.</summary>
    public static BusinessCalendar Office(TimeZoneInfo zone, params DateOnly[] holidays) => new(
        zone,
        [.. Enumerable.Range(1, 5).Select(day => new WorkingInterval((DayOfWeek)day, TimeSpan.FromHours(9), TimeSpan.FromHours(17)))],
        holidays);

    public static BusinessCalendar EveryDay(TimeZoneInfo zone, TimeSpan start, TimeSpan end) =>
        new(zone, [.. Enum.GetValues<DayOfWeek>().Select(day => new WorkingInterval(day, start, end))], []);

    /// <summary>The instant at which the wall clock of <paramref name="zone"/> reads <paramref name="local"/> (unambiguous times only).</summary>
    public static DateTimeOffset At(TimeZoneInfo zone, string local)
    {
        var time = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(time, zone.GetUtcOffset(time));
    }

    public static DateTimeOffset Utc(string instant) =>
        DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
}
