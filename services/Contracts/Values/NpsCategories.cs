namespace CxPlatform.Contracts;

/// <summary>NPS categories: 9–10 promoter, 7–8 passive, 0–6 detractor.</summary>
public static class NpsCategories
{
    public const string Promoter = "promoter";
    public const string Passive = "passive";
    public const string Detractor = "detractor";

    public static readonly IReadOnlyList<string> All = [Promoter, Passive, Detractor];

    public static string FromScore(int score) => score switch
    {
        < 0 or > 10 => throw new ArgumentOutOfRangeException(nameof(score), score, "An NPS score is between 0 and 10."),
        >= 9 => Promoter,
        >= 7 => Passive,
        _ => Detractor,
    };
}
