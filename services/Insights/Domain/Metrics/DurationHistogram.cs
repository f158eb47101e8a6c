namespace CxPlatform.Insights.Domain.Metrics;

/// <summary>
/// Fixed log-scale bins for durations in whole seconds: bin 0 holds 0 s, bin k ≥ 1 holds [2^((k−1)/8), 2^(k/8)), eight bins
/// per doubling (each about 9 % wide). Counts per bin add up, so a percentile of merged buckets is the same whichever order
/// the events arrived in and whether they were counted incrementally or in a rebuild.
/// </summary>
public static class DurationHistogram
{
    public const int BinsPerDoubling = 8;

    public static int BinOf(long seconds) => seconds <= 0 ? 0 : (int)Math.Floor(Math.Log2(seconds) * BinsPerDoubling) + 1;

    /// <summary>The value reported for a bin: its midpoint in whole seconds (exact for durations under about 10 s, within 5 % above).</summary>
    public static double Representative(int bin) => bin == 0
        ? 0
        : Math.Round((Math.Pow(2, (bin - 1) / (double)BinsPerDoubling) + Math.Pow(2, bin / (double)BinsPerDoubling)) / 2);

    /// <summary>The nearest-rank percentile (the ⌈n·p/100⌉-th smallest observation's bin); null without observations.</summary>
    public static double? Percentile(IReadOnlyDictionary<int, long> countsByBin, int percent)
    {
        var total = countsByBin.Values.Sum();
        if (total == 0)
        {
            return null;
        }
        var rank = Math.Max(1, (total * percent + 99) / 100);
        var seen = 0L;
        foreach (var (bin, count) in countsByBin.OrderBy(b => b.Key))
        {
            seen += count;
            if (seen >= rank)
            {
                return Representative(bin);
            }
        }
        throw new InvalidOperationException("The rank lies beyond the histogram.");
    }
}
