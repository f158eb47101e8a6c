namespace CxPlatform.Bench.Common.Reporting;

/// <summary>Nearest-rank percentiles of a set of durations in milliseconds.</summary>
public sealed record LatencySummary(int Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencySummary Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }
        var sorted = milliseconds.Order().ToArray();
        return new LatencySummary(
            sorted.Length,
            Round(Percentile(sorted, 50)),
            Round(Percentile(sorted, 95)),
            Round(Percentile(sorted, 99)),
            Round(sorted[^1]),
            Round(sorted.Average()));
    }

    private static double Percentile(double[] sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Round(double value) => Math.Round(value, 2);
}
