using CxPlatform.Contracts.Grpc.Insights;

namespace CxPlatform.Care.Apis;

/// <summary>Insights' view of the customer's journey: health, stage, risk, latest touchpoints and survey scores, newest first.</summary>
public sealed record CustomerInsightsResponse(
    double? HealthScore,
    string? JourneyStage,
    bool AtRisk,
    IReadOnlyList<string> RiskReasons,
    IReadOnlyList<TouchpointResponse> RecentTouchpoints,
    IReadOnlyList<SurveyScoreResponse> RecentScores,
    DateTimeOffset? ComputedAt)
{
    internal static CustomerInsightsResponse From(CustomerContext context) => new(
        context.HealthScore,
        string.IsNullOrEmpty(context.JourneyStage) ? null : context.JourneyStage,
        context.AtRisk,
        context.RiskReasons.ToList(),
        context.RecentTouchpoints.Select(TouchpointResponse.From).ToList(),
        context.RecentScores.Select(SurveyScoreResponse.From).ToList(),
        context.ComputedAt?.ToDateTimeOffset());
}
