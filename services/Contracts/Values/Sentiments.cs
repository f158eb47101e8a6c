namespace CxPlatform.Contracts;

/// <summary>The customer's mood as a care agent or the sentiment tagger judged it.</summary>
public static class Sentiments
{
    public const string Positive = "positive";
    public const string Neutral = "neutral";
    public const string Negative = "negative";

    public static readonly IReadOnlyList<string> All = [Positive, Neutral, Negative];
}
