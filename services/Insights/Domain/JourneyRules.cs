using CxPlatform.Contracts;

namespace CxPlatform.Insights.Domain;

/// <summary>
/// The journey stage, first matching rule wins (docs/insights.md, "Journey stage"):
/// at_risk → in_support → churned (lapsed) → loyal (advocate) → first_purchase → active → prospect.
/// </summary>
public static class JourneyRules
{
    public const int DetractorMax = 6;
    public const int PromoterMin = 9;
    public const int LowCsatMax = 2;
    public const int LowReviewMax = 2;

    public static string Stage(JourneyFacts facts, DateTimeOffset now, JourneyOptions options) => Assess(facts, now, options).Stage;

    public static JourneyAssessment Assess(JourneyFacts facts, DateTimeOffset now, JourneyOptions options) =>
        RiskReason(facts, now - options.RiskWindow) is { } reason
            ? new JourneyAssessment(JourneyStages.AtRisk, [reason])
            : new JourneyAssessment(StageWithoutRisk(facts, now, options), []);

    private static string StageWithoutRisk(JourneyFacts facts, DateTimeOffset now, JourneyOptions options)
    {
        if (facts.OpenTickets > 0)
        {
            return JourneyStages.InSupport;
        }
        if (facts.OrderCount > 0 && facts.LastActivityAt < now - options.LapsedAfter)
        {
            return JourneyStages.Churned;
        }
        if (facts.LastNpsScore >= PromoterMin)
        {
            return JourneyStages.Loyal;
        }
        return facts.OrderCount switch
        {
            0 => JourneyStages.Prospect,
            1 => JourneyStages.FirstPurchase,
            _ => JourneyStages.Active,
        };
    }

    /// <summary>The most recent of the last NPS answer, CSAT answer and review decides, if it is recent enough.</summary>
    private static string? RiskReason(JourneyFacts facts, DateTimeOffset since)
    {
        var signals = new List<(DateTimeOffset At, string? Reason)>();
        if (facts is { LastNpsScore: { } nps, LastNpsAt: { } npsAt })
        {
            signals.Add((npsAt, nps <= DetractorMax ? RiskReasons.DetractorResponse : null));
        }
        if (facts is { LastCsatScore: { } csat, LastCsatAt: { } csatAt })
        {
            signals.Add((csatAt, csat <= LowCsatMax ? RiskReasons.LowSatisfaction : null));
        }
        if (facts is { LastReviewRating: { } rating, LastReviewAt: { } reviewAt })
        {
            signals.Add((reviewAt, rating <= LowReviewMax ? RiskReasons.LowSatisfaction : null));
        }
        return signals.Count > 0 && signals.MaxBy(s => s.At) is { Reason: { } reason } latest && latest.At >= since ? reason : null;
    }
}
