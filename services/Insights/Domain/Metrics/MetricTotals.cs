namespace CxPlatform.Insights.Domain.Metrics;

/// <summary>Merged buckets of one point of one series: sums of the buckets' counts, and the merged duration histogram.</summary>
public sealed class MetricTotals
{
    private readonly SortedDictionary<int, long> _bins = [];

    public long Count { get; private set; }
    public long Hits { get; private set; }
    public long Misses { get; private set; }
    public long Sum { get; private set; }
    public IReadOnlyDictionary<int, long> Bins => _bins;

    public MetricTotals Add(int bin, long count, long hits, long misses, long sum)
    {
        Count += count;
        Hits += hits;
        Misses += misses;
        Sum += sum;
        _bins[bin] = _bins.GetValueOrDefault(bin) + count;
        return this;
    }
}
