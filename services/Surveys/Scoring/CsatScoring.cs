namespace CxPlatform.Surveys.Scoring;

public static class CsatScoring
{
    /// <summary>CSAT = 100 · (responses of 4 or 5) / n, with the 95% Wilson score interval of that proportion.</summary>
    public static CsatResult Score(ScoreDistribution distribution)
    {
        var n = distribution.Total;
        var satisfied = distribution.CountWhere(s => s >= 4);
        return n == 0
            ? new CsatResult(ScoreFormulas.CsatV1, 0, 0, null, null)
            : new CsatResult(ScoreFormulas.CsatV1, n, satisfied, 100.0 * satisfied / n, Intervals.WilsonPercent(satisfied, n));
    }
}
