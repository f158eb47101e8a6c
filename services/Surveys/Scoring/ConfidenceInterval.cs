namespace CxPlatform.Surveys.Scoring;

/// <summary>A two-sided interval at <see cref="Level"/> (0.95) on the same scale as the score it belongs to.</summary>
public sealed record ConfidenceInterval(double Lower, double Upper, double Level);
