namespace CxPlatform.ServiceDefaults.BusinessTime;

/// <summary>Weekday names as business-hours APIs spell them: "monday" … "sunday".</summary>
public static class Weekdays
{
    public static readonly IReadOnlyList<string> All = [.. Enum.GetValues<DayOfWeek>().Select(Name)];

    public static string Name(DayOfWeek day) => day.ToString().ToLowerInvariant();

    public static DayOfWeek Parse(string name) => Enum.Parse<DayOfWeek>(name, ignoreCase: true);
}
