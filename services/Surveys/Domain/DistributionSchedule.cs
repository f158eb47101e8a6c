using System.Security.Cryptography;
using System.Text;

namespace CxPlatform.Surveys.Domain;

/// <summary>
/// When a <c>schedule</c> rule runs, in the tenant's zone: every <see cref="EveryDays"/> days, or every month on
/// <see cref="DayOfMonth"/> (1–28), at <see cref="Time"/> local time. Each run (a period) invites the customers Surveys saw within
/// <see cref="LookBackDays"/>, once per period.
/// </summary>
public sealed record DistributionSchedule(int? EveryDays, int? DayOfMonth, TimeOnly Time, string TimeZone, int LookBackDays)
{
    /// <summary>The first run strictly after <paramref name="after"/> (for every-N-days: counted from <paramref name="anchor"/>'s day).</summary>
    public DateTimeOffset NextRunAfter(DateTimeOffset after, DateTimeOffset anchor)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        var localAfter = TimeZoneInfo.ConvertTime(after, zone);
        if (DayOfMonth is { } day)
        {
            var month = new DateOnly(localAfter.Year, localAfter.Month, 1);
            for (var i = 0; ; i++)
            {
                var candidate = At(zone, month.AddMonths(i).AddDays(day - 1));
                if (candidate > after)
                {
                    return candidate;
                }
            }
        }
        var every = EveryDays!.Value;
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(anchor, zone).DateTime);
        var today = DateOnly.FromDateTime(localAfter.DateTime);
        var periods = Math.Max(0, (today.DayNumber - start.DayNumber) / every);
        for (var date = start.AddDays(periods * every); ; date = date.AddDays(every))
        {
            var candidate = At(zone, date);
            if (candidate > after)
            {
                return candidate;
            }
        }
    }

    /// <summary>The planned invitation's trigger id for a customer in one run: the same on every replica and retry (UUID v5-like).</summary>
    public static Guid RunEventId(Guid ruleId, DateTimeOffset period, Guid customerId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{ruleId:N}/{period.ToUnixTimeSeconds()}/{customerId:N}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>Local date and time to an instant; a time skipped by a DST change moves forward by the gap.</summary>
    private DateTimeOffset At(TimeZoneInfo zone, DateOnly date)
    {
        var local = date.ToDateTime(Time);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
