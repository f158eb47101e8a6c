using System.Globalization;

namespace CxPlatform.Bench.Common.Reporting;

/// <summary>How every benchmark prints its figures, so reports read the same.</summary>
public static class ReportFormat
{
    public static string Verdict(bool met) => met ? "MET" : "*** MISSED ***";

    public static string Summary(LatencySummary s) =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {s.P50,7:0.0}  p95 {s.P95,7:0.0}  p99 {s.P99,7:0.0}  max {s.Max,7:0.0} ms");

    public static string Rate(double? perSecond) => perSecond is { } value ? value.ToString("N0", CultureInfo.InvariantCulture) : "n/a";

    public static string Seconds(double? seconds) => seconds is { } value ? value.ToString("0.00 's'", CultureInfo.InvariantCulture) : "not reached";

    public static string Ratio(double? ratio) => ratio is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
}
