namespace CxPlatform.Contracts;

/// <summary>What a care outreach is for.</summary>
public static class OutreachKinds
{
    public const string Apology = "apology";
    public const string CheckIn = "check_in";
    public const string Explanation = "explanation";
    public const string FollowUp = "follow_up";
    public const string WinBack = "win_back";
    public const string ThankYou = "thank_you";

    public static readonly IReadOnlyList<string> All = [Apology, CheckIn, Explanation, FollowUp, WinBack, ThankYou];
}
