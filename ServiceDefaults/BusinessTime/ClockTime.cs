using System.Globalization;
using System.Text.RegularExpressions;

namespace CxPlatform.ServiceDefaults.BusinessTime;

/// <summary>A local wall-clock time "HH:mm" from 00:00 to 24:00 (24:00 ends a whole day), as business-hours APIs spell it.</summary>
public static partial class ClockTime
{
    public const string Pattern = "^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$";

    public static bool IsValid(string? text) => text is not null && PatternRegex().IsMatch(text);

    public static TimeSpan Parse(string text) => new(
        int.Parse(text.AsSpan(0, 2), CultureInfo.InvariantCulture), int.Parse(text.AsSpan(3, 2), CultureInfo.InvariantCulture), 0);

    public static string Format(TimeSpan time) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}");

    [GeneratedRegex(Pattern)]
    private static partial Regex PatternRegex();
}
