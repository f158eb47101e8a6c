using CxPlatform.Contracts;
using CxPlatform.Insights.Domain;

namespace CxPlatform.Insights.Tests;

/// <summary>The journey stage rules one by one, in their order of precedence (docs/insights.md).</summary>
public sealed class JourneyRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly JourneyOptions Options = new();

    private static string Stage(JourneyFacts facts) => JourneyRules.Stage(facts, Now, Options);

    private static JourneyFacts Customer(int orders = 0, int openTickets = 0, int daysSinceActivity = 1) =>
        new(orders, Now.AddDays(-daysSinceActivity), openTickets);

    [Fact]
    public void A_customer_without_orders_is_a_prospect() => Assert.Equal(JourneyStages.Prospect, Stage(Customer()));

    [Fact]
    public void Exactly_one_order_is_a_first_purchase() => Assert.Equal(JourneyStages.FirstPurchase, Stage(Customer(orders: 1)));

    [Fact]
    public void Two_or_more_orders_is_active() => Assert.Equal(JourneyStages.Active, Stage(Customer(orders: 3)));

    [Fact]
    public void A_promoter_answer_makes_a_customer_loyal()
    {
        Assert.Equal(JourneyStages.Loyal, Stage(Customer(orders: 2) with { LastNpsScore = 9, LastNpsAt = Now.AddDays(-3) }));
        Assert.Equal(JourneyStages.Active, Stage(Customer(orders: 2) with { LastNpsScore = 8, LastNpsAt = Now.AddDays(-3) }));
    }

    [Fact]
    public void A_buyer_without_activity_for_180_days_has_lapsed()
    {
        Assert.Equal(JourneyStages.Churned, Stage(Customer(orders: 4, daysSinceActivity: 181)));
        Assert.Equal(JourneyStages.Active, Stage(Customer(orders: 4, daysSinceActivity: 179)));
        Assert.Equal(JourneyStages.Prospect, Stage(Customer(orders: 0, daysSinceActivity: 400)));
    }

    [Fact]
    public void An_open_ticket_puts_the_customer_in_support_even_when_lapsed_or_loyal()
    {
        Assert.Equal(JourneyStages.InSupport, Stage(Customer(orders: 1, openTickets: 1, daysSinceActivity: 300)));
        Assert.Equal(JourneyStages.InSupport, Stage(Customer(orders: 1, openTickets: 2) with { LastNpsScore = 10, LastNpsAt = Now.AddDays(-1) }));
    }

    [Theory]
    [InlineData(6, null, null, RiskReasons.DetractorResponse)]
    [InlineData(null, 2, null, RiskReasons.LowSatisfaction)]
    [InlineData(null, null, 1, RiskReasons.LowSatisfaction)]
    public void Recent_negative_feedback_puts_the_customer_at_risk_before_every_other_rule(int? nps, int? csat, int? rating, string reason)
    {
        var at = Now.AddDays(-10);
        var facts = Customer(orders: 2, openTickets: 1) with
        {
            LastNpsScore = nps, LastNpsAt = nps is null ? null : at,
            LastCsatScore = csat, LastCsatAt = csat is null ? null : at,
            LastReviewRating = rating, LastReviewAt = rating is null ? null : at,
        };

        var assessment = JourneyRules.Assess(facts, Now, Options);

        Assert.Equal((JourneyStages.AtRisk, reason), (assessment.Stage, Assert.Single(assessment.RiskReasons)));
    }

    [Fact]
    public void Negative_feedback_older_than_the_risk_window_no_longer_counts()
    {
        var facts = Customer(orders: 2) with { LastNpsScore = 2, LastNpsAt = Now.AddDays(-91) };

        Assert.Equal(JourneyStages.Active, Stage(facts));
    }

    [Fact]
    public void Only_the_latest_feedback_decides_whether_the_customer_is_at_risk()
    {
        var recovered = Customer(orders: 2) with { LastNpsScore = 3, LastNpsAt = Now.AddDays(-20), LastCsatScore = 5, LastCsatAt = Now.AddDays(-5) };
        var relapsed = Customer(orders: 2) with { LastNpsScore = 10, LastNpsAt = Now.AddDays(-20), LastReviewRating = 1, LastReviewAt = Now.AddDays(-5) };

        Assert.Equal(JourneyStages.Active, Stage(recovered));
        Assert.Equal(JourneyStages.AtRisk, Stage(relapsed));
    }
}
