namespace CxPlatform.Surveys.Scoring;

/// <summary>How many responses gave each score of a scale, zeros included.</summary>
public sealed record ScoreDistribution(IReadOnlyList<ScoreCount> Counts)
{
    public int Total => Counts.Sum(c => c.Count);

    public int CountWhere(Func<int, bool> score) => Counts.Where(c => score(c.Score)).Sum(c => c.Count);

    public static ScoreDistribution Over(int min, int max, IEnumerable<ScoreCount> counts)
    {
        var byScore = counts.GroupBy(c => c.Score).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        if (byScore.Keys.Any(score => score < min || score > max))
        {
            throw new ArgumentOutOfRangeException(nameof(counts), $"A score is outside the scale {min}–{max}.");
        }
        return new ScoreDistribution(Enumerable.Range(min, max - min + 1).Select(score => new ScoreCount(score, byScore.GetValueOrDefault(score))).ToList());
    }

    public static ScoreDistribution Of(int min, int max, IEnumerable<int> scores) =>
        Over(min, max, scores.Select(score => new ScoreCount(score, 1)));
}
