namespace CxPlatform.Insights.Apis;

public static class InsightsPolicies
{
    /// <summary>Timelines and customer summaries: every human role (agents and care agents look customers up, analysts study them) and services.</summary>
    public const string Reader = "insights-reader";
}
