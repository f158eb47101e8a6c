using System.Security.Cryptography;
using System.Text;

namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>The rules of the time triggers: when a customer counts as inactive, when a date comes round, and their trigger ids.</summary>
public static class TimeTriggerRules
{
    public const int MinInactiveDays = 1;

    /// <summary>Ten years: a longer quiet spell than that is not one a care team acts on.</summary>
    public const int MaxInactiveDays = 3650;

    /// <summary>Inactive once <paramref name="days"/> whole days (of 24 hours) have passed since the last activity.</summary>
    public static bool IsInactive(DateTimeOffset lastActiveAt, DateTimeOffset now, int days) => now - lastActiveAt >= TimeSpan.FromDays(days);

    /// <summary>Whole days of 24 hours since the last activity.</summary>
    public static int DaysInactive(DateTimeOffset lastActiveAt, DateTimeOffset now) =>
        now <= lastActiveAt ? 0 : (int)Math.Floor((now - lastActiveAt).TotalDays);

    /// <summary>The calendar date of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>
    /// How many years <paramref name="today"/> is after <paramref name="origin"/> when today is its anniversary (1 or more);
    /// null otherwise. A 29 February comes round on 28 February in common years (as <see cref="DateOnly.AddYears"/> counts).
    /// </summary>
    public static int? AnniversaryYears(DateOnly origin, DateOnly today)
    {
        var years = today.Year - origin.Year;
        return years >= 1 && origin.AddYears(years) == today ? years : null;
    }

    /// <summary>
    /// The trigger id of a time-triggered outreach: a name-based UUID (version 8, the first 128 bits of SHA-256, as RFC 9562
    /// suggests for name-based ids beyond SHA-1's version 5) of the tenant, playbook, customer and
    /// period, so every sweep and every replica names the same occasion alike and the unique index on
    /// (tenant, playbook, trigger event) keeps it to one task.
    /// </summary>
    public static Guid TriggerId(string tenantId, Guid playbookId, Guid customerId, string period)
    {
        var name = Encoding.UTF8.GetBytes($"careoutreach/time-trigger/{tenantId}/{playbookId:N}/{customerId:N}/{period}");
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(name, hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>An inactivity period is named by the instant of the activity that started it: new activity, new period.</summary>
    public static string InactivityPeriod(DateTimeOffset lastActiveAt) => $"inactive-since:{lastActiveAt.UtcTicks}";

    /// <summary>A date's occasion is its anniversary year.</summary>
    public static string AnniversaryPeriod(string dateKind, DateOnly anniversary) => $"{dateKind}:{anniversary.Year}";
}
