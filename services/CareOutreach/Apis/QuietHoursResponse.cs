using System.Globalization;
using CxPlatform.Care.Domain;

namespace CxPlatform.Care.Apis;

/// <summary>Local "HH:mm" times in the customer's time zone.</summary>
public sealed record QuietHoursResponse(string Start, string End)
{
    public static QuietHoursResponse From(QuietHours hours) => new(Format(hours.Start), Format(hours.End));

    public static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
