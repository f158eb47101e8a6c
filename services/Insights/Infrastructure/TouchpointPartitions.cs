using System.Globalization;

namespace CxPlatform.Insights.Infrastructure;

/// <summary>Names and DDL of the monthly partitions of <c>touchpoints</c>: <c>touchpoints_y2026m03</c> holds March 2026 (UTC).</summary>
public static class TouchpointPartitions
{
    /// <summary>Taken (per transaction) by whoever creates partitions, so replicas do not race on the same DDL.</summary>
    public const long AdvisoryLockKey = 0x1A5_16475;

    public static DateTimeOffset MonthStart(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero);
    }

    public static string NameOf(DateTimeOffset monthStart) =>
        string.Create(CultureInfo.InvariantCulture, $"touchpoints_y{monthStart.Year:D4}m{monthStart.Month:D2}");

    public static string CreateSql(DateTimeOffset monthStart) => string.Create(CultureInfo.InvariantCulture,
        $"CREATE TABLE IF NOT EXISTS {NameOf(monthStart)} PARTITION OF {TouchpointsSchema.Table} " +
        $"FOR VALUES FROM ('{monthStart:yyyy-MM-dd}T00:00:00Z') TO ('{monthStart.AddMonths(1):yyyy-MM-dd}T00:00:00Z')");
}
