namespace CxPlatform.Contracts;

/// <summary>Survey kinds and their scales: NPS 0-10, CSAT 1-5, CES 1-7, custom without a standard score.</summary>
public static class SurveyKinds
{
    public const string Nps = "nps";
    public const string Csat = "csat";
    public const string Ces = "ces";
    public const string Custom = "custom";

    public static readonly IReadOnlyList<string> All = [Nps, Csat, Ces, Custom];
}
