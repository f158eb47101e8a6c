namespace CxPlatform.Surveys.Scoring;

public static class CesScoring
{
    /// <summary>
    /// Mean x̄ of the 1–7 answers with x̄ ± t(0.975, n − 1) · s / √n (s the sample standard deviation), clamped to 1–7; and
    /// 100 · (answers of 5–7) / n with its 95% Wilson score interval.
    /// </summary>
    public static CesResult Score(ScoreDistribution distribution)
    {
        var n = distribution.Total;
        if (n == 0)
        {
            return new CesResult(ScoreFormulas.CesV1, 0, null, null, 0, null, null);
        }
        var mean = (double)distribution.Counts.Sum(c => c.Score * c.Count) / n;
        ConfidenceInterval? meanInterval = null;
        if (n >= 2)
        {
            var sampleVariance = distribution.Counts.Sum(c => c.Count * (c.Score - mean) * (c.Score - mean)) / (n - 1);
            var halfWidth = Intervals.StudentT(n - 1) * Math.Sqrt(sampleVariance / n);
            meanInterval = new ConfidenceInterval(Math.Max(1, mean - halfWidth), Math.Min(7, mean + halfWidth), Intervals.Level);
        }
        var easy = distribution.CountWhere(s => s >= 5);
        return new CesResult(ScoreFormulas.CesV1, n, mean, meanInterval, easy, 100.0 * easy / n, Intervals.WilsonPercent(easy, n));
    }
}
