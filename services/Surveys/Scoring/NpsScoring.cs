namespace CxPlatform.Surveys.Scoring;

public static class NpsScoring
{
    /// <summary>
    /// NPS = 100 · (promoters − detractors) / n. Each response is a variable X = +1 (9–10), 0 (7–8) or −1 (0–6) with mean
    /// m = NPS / 100 and variance v = (promoters + detractors) / n − m²; the 95% interval is 100 · (m ± z · √(v / n)), clamped to
    /// ±100. When every response falls into one category v = 0 and the interval is the score itself.
    /// </summary>
    public static NpsResult Score(ScoreDistribution distribution)
    {
        var n = distribution.Total;
        var promoters = distribution.CountWhere(s => s >= 9);
        var detractors = distribution.CountWhere(s => s <= 6);
        var passives = n - promoters - detractors;
        if (n == 0)
        {
            return new NpsResult(ScoreFormulas.NpsV1, 0, 0, 0, 0, null, null);
        }
        var mean = (double)(promoters - detractors) / n;
        var variance = Math.Max(0, (double)(promoters + detractors) / n - mean * mean);
        var halfWidth = Intervals.Z * Math.Sqrt(variance / n);
        var interval = new ConfidenceInterval(100 * Math.Max(-1, mean - halfWidth), 100 * Math.Min(1, mean + halfWidth), Intervals.Level);
        return new NpsResult(ScoreFormulas.NpsV1, n, promoters, passives, detractors, 100 * mean, interval);
    }
}
