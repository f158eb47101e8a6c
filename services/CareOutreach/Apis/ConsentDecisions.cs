namespace CxPlatform.Care.Apis;

/// <summary>What a customer said about being contacted on a channel for a purpose.</summary>
public static class ConsentDecisions
{
    public const string Granted = "granted";
    public const string Withdrawn = "withdrawn";

    public static readonly IReadOnlyList<string> All = [Granted, Withdrawn];

    public static string Of(bool granted) => granted ? Granted : Withdrawn;
}
