namespace CxPlatform.Care.Domain;

/// <summary>A daily window in the customer's local time in which only service messages are sent; End before Start wraps midnight.</summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    public bool Contains(TimeOnly localTime) => Start < End
        ? localTime >= Start && localTime < End
        : localTime >= Start || localTime < End;

    /// <summary>
    /// When <paramref name="now"/> falls in the window in <paramref name="zone"/>, the instant the window ends; otherwise null.
    /// An end that does not exist that day (clocks spring forward over it) is the moment the clocks jump; an end that occurs
    /// twice (clocks fall back) is its first occurrence after <paramref name="now"/>.
    /// </summary>
    public DateTimeOffset? QuietUntil(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var localTime = TimeOnly.FromDateTime(local.DateTime);
        if (!Contains(localTime))
        {
            return null;
        }
        var endDate = DateOnly.FromDateTime(local.DateTime);
        if (Start > End && localTime >= Start)
        {
            endDate = endDate.AddDays(1);
        }
        return FirstInstantAtOrAfter(endDate.ToDateTime(End), zone, now);
    }

    private static DateTimeOffset FirstInstantAtOrAfter(DateTime localEnd, TimeZoneInfo zone, DateTimeOffset now)
    {
        while (zone.IsInvalidTime(localEnd))
        {
            localEnd = localEnd.AddMinutes(1);
        }
        var offsets = zone.IsAmbiguousTime(localEnd) ? zone.GetAmbiguousTimeOffsets(localEnd) : [zone.GetUtcOffset(localEnd)];
        var instants = offsets.Select(offset => new DateTimeOffset(localEnd, offset)).Order().ToList();
        return instants.FirstOrDefault(instant => instant > now, instants[^1]);
    }
}
