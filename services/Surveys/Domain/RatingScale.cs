namespace CxPlatform.Surveys.Domain;

/// <summary>An integer scale from <see cref="Min"/> to <see cref="Max"/>, optionally with labels for its ends (per language).</summary>
public sealed record RatingScale(
    int Min,
    int Max,
    IReadOnlyDictionary<string, string>? MinLabel = null,
    IReadOnlyDictionary<string, string>? MaxLabel = null)
{
    public bool Contains(int value) => value >= Min && value <= Max;
}
