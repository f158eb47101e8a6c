namespace CxPlatform.Surveys.Apis;

/// <summary>From 0 or 1 to at most 10.</summary>
public sealed record RatingScaleRequest(
    int Min,
    int Max,
    IReadOnlyDictionary<string, string>? MinLabel = null,
    IReadOnlyDictionary<string, string>? MaxLabel = null);
