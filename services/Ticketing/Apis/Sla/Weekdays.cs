namespace CxPlatform.Ticketing.Apis.Sla;

/// <summary>Weekday names as the SLA API spells them.</summary>
public static class Weekdays
{
    public static readonly IReadOnlyList<string> All = [.. Enum.GetValues<DayOfWeek>().Select(Name)];

    public static string Name(DayOfWeek day) => day.ToString().ToLowerInvariant();

    public static DayOfWeek Parse(string name) => Enum.Parse<DayOfWeek>(name, ignoreCase: true);
}
