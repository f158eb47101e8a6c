using CxPlatform.Contracts;

namespace CxPlatform.Insights.Domain.Health;

/// <summary>
/// The customer health score (docs/insights.md, "Health score"): a weighted mean of five components, each 0–100. A component
/// without data (no recent survey answer, no recent sentiment signal) drops out and the other weights are scaled up. The score
/// is absent when there is too little data: no survey or sentiment signal within the score window, no open ticket and no SLA
/// breach within the SLA window — recency alone says nothing about health.
/// </summary>
public static class HealthModel
{
    public const double SurveyWeight = 0.40;
    public const double SentimentWeight = 0.15;
    public const double SlaBreachesWeight = 0.20;
    public const double OpenTicketsWeight = 0.15;
    public const double RecencyWeight = 0.10;

    /// <summary>A component below this names its reason.</summary>
    public const double ReasonBelow = 50;

    public static HealthAssessment? Assess(HealthFacts facts, DateTimeOffset now, HealthOptions options)
    {
        var survey = Survey(facts, now - options.ScoreWindow);
        var sentiment = Sentiment(facts, now - options.ScoreWindow);
        if (survey is null && sentiment is null && facts.OpenTickets == 0 && facts.RecentSlaBreaches == 0)
        {
            return null;
        }
        var components = new List<(double Weight, double Value, string Reason)>();
        if (survey is { } s)
        {
            components.Add((SurveyWeight, s.Value, s.Reason));
        }
        if (sentiment is { } m)
        {
            components.Add((SentimentWeight, m, RiskReasons.NegativeSentiment));
        }
        components.Add((SlaBreachesWeight, SlaBreaches(facts.RecentSlaBreaches), RiskReasons.SlaBreaches));
        components.Add((OpenTicketsWeight, OpenTickets(facts.OpenTickets), RiskReasons.OpenComplaint));
        components.Add((RecencyWeight, Recency(facts.LastActivityAt, now, options.ActiveWithin, options.InactiveAfter), RiskReasons.DecliningActivity));

        var score = Math.Round(Combine(components.Select(c => (c.Weight, c.Value))), 1);
        var reasons = components.Where(c => c.Value < ReasonBelow)
            .OrderByDescending(c => c.Weight * (100 - c.Value))
            .Select(c => c.Reason)
            .Distinct()
            .ToList();
        return new HealthAssessment(score, reasons);
    }

    /// <summary>The weighted mean of the present components (weights rescaled to sum to 1).</summary>
    public static double Combine(IEnumerable<(double Weight, double Value)> components)
    {
        var list = components.ToList();
        var total = list.Sum(c => c.Weight);
        return total <= 0 ? 0 : Math.Clamp(list.Sum(c => c.Weight * c.Value) / total, 0, 100);
    }

    /// <summary>NPS 0–10 → 0–100; CSAT 1–5 → 0–100; the mean of those answered within the window.</summary>
    public static (double Value, string Reason)? Survey(HealthFacts facts, DateTimeOffset since)
    {
        double? nps = facts is { LastNpsScore: { } n, LastNpsAt: { } nAt } && nAt >= since ? NpsTo100(n) : null;
        double? csat = facts is { LastCsatScore: { } c, LastCsatAt: { } cAt } && cAt >= since ? CsatTo100(c) : null;
        return (nps, csat) switch
        {
            (null, null) => null,
            ({ } a, null) => (a, RiskReasons.DetractorResponse),
            (null, { } b) => (b, RiskReasons.LowSatisfaction),
            ({ } a, { } b) => ((a + b) / 2, a <= b ? RiskReasons.DetractorResponse : RiskReasons.LowSatisfaction),
        };
    }

    /// <summary>
    /// A proxy until touchpoint texts are tagged: the most recent within the window of a care agent's judgement on a completed
    /// outreach (positive 100, neutral 50, negative 0), a review rating (1–5 → 0–100) and the NPS category / CSAT band of the
    /// last survey answer (promoter or CSAT ≥ 4: 100; passive or CSAT 3: 50; detractor or CSAT ≤ 2: 0).
    /// </summary>
    public static double? Sentiment(HealthFacts facts, DateTimeOffset since)
    {
        var signals = new List<(DateTimeOffset At, double Value)>();
        if (facts is { LastSentiment: { } sentiment, LastSentimentAt: { } sentimentAt } && SentimentTo100(sentiment) is { } value)
        {
            signals.Add((sentimentAt, value));
        }
        if (facts is { LastReviewRating: { } rating, LastReviewAt: { } reviewAt })
        {
            signals.Add((reviewAt, CsatTo100(rating)));
        }
        if (facts is { LastNpsScore: { } nps, LastNpsAt: { } npsAt })
        {
            signals.Add((npsAt, nps >= JourneyRules.PromoterMin ? 100 : nps <= JourneyRules.DetractorMax ? 0 : 50));
        }
        if (facts is { LastCsatScore: { } csat, LastCsatAt: { } csatAt })
        {
            signals.Add((csatAt, csat >= 4 ? 100 : csat <= JourneyRules.LowCsatMax ? 0 : 50));
        }
        return signals.Where(s => s.At >= since).OrderByDescending(s => s.At).Select(s => (double?)s.Value).FirstOrDefault();
    }

    /// <summary>0 breaches 100, 1 → 40, 2 → 15, 3 or more → 0.</summary>
    public static double SlaBreaches(int breaches) => breaches switch
    {
        <= 0 => 100,
        1 => 40,
        2 => 15,
        _ => 0,
    };

    /// <summary>0 open tickets 100, 1 → 50, 2 → 25, 3 or more → 0.</summary>
    public static double OpenTickets(int open) => open switch
    {
        <= 0 => 100,
        1 => 50,
        2 => 25,
        _ => 0,
    };

    /// <summary>100 while the last activity is at most <paramref name="activeWithin"/> old, falling linearly to 0 at <paramref name="inactiveAfter"/>.</summary>
    public static double Recency(DateTimeOffset lastActivityAt, DateTimeOffset now, TimeSpan activeWithin, TimeSpan inactiveAfter)
    {
        var age = now - lastActivityAt;
        if (age <= activeWithin)
        {
            return 100;
        }
        if (age >= inactiveAfter)
        {
            return 0;
        }
        return 100 * (inactiveAfter - age) / (inactiveAfter - activeWithin);
    }

    private static double NpsTo100(int nps) => Math.Clamp(nps, 0, 10) * 10.0;

    private static double CsatTo100(int score) => (Math.Clamp(score, 1, 5) - 1) * 25.0;

    private static double? SentimentTo100(string sentiment) => sentiment switch
    {
        Sentiments.Positive => 100,
        Sentiments.Neutral => 50,
        Sentiments.Negative => 0,
        _ => null,
    };
}
