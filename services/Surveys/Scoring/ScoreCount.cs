namespace CxPlatform.Surveys.Scoring;

public sealed record ScoreCount(int Score, int Count);
