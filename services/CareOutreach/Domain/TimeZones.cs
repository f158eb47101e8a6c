using System.Diagnostics.CodeAnalysis;

namespace CxPlatform.Care.Domain;

/// <summary>IANA time zones only ("Europe/Zurich"): Windows ids are refused so every service reads the same id.</summary>
public static class TimeZones
{
    public static bool TryFind(string? id, [NotNullWhen(true)] out TimeZoneInfo? zone)
    {
        zone = null;
        if (string.IsNullOrWhiteSpace(id) || id.Length > CustomerLimits.TimeZoneLength
            || !TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) || !found.HasIanaId)
        {
            return false;
        }
        zone = found;
        return true;
    }

    public static TimeZoneInfo Find(string id) =>
        TryFind(id, out var zone) ? zone : throw new ArgumentException($"'{id}' is not an IANA time zone.", nameof(id));
}
