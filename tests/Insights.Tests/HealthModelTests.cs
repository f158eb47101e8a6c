using CxPlatform.Contracts;
using CxPlatform.Insights.Domain.Health;

namespace CxPlatform.Insights.Tests;

/// <summary>The health score's components one by one, their weights, the "too little data" rule and the reasons (docs/insights.md, "Health score").</summary>
public sealed class HealthModelTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly HealthOptions Options = new();

    private static HealthFacts Active(int openTickets = 0, int breaches = 0) => new(Now.AddDays(-1), openTickets, breaches);

    [Fact]
    public void The_weights_sum_to_one_and_survey_answers_weigh_most() =>
        Assert.Equal((1.0, true), (Math.Round(HealthModel.SurveyWeight + HealthModel.SentimentWeight + HealthModel.SlaBreachesWeight + HealthModel.OpenTicketsWeight
            + HealthModel.RecencyWeight, 10), HealthModel.SurveyWeight > HealthModel.SlaBreachesWeight));

    [Fact]
    public void Combine_is_the_weighted_mean_of_the_present_components()
    {
        Assert.Equal(70, HealthModel.Combine([(0.5, 100), (0.5, 40)]));
        Assert.Equal(55, HealthModel.Combine([(0.25, 100), (0.75, 40)]));
        Assert.Equal(40, HealthModel.Combine([(0.2, 40)])); // one component: its own value, whatever its weight
    }

    [Theory]
    [InlineData(10, null, 100.0)]
    [InlineData(0, null, 0.0)]
    [InlineData(6, null, 60.0)]
    [InlineData(null, 5, 100.0)]
    [InlineData(null, 1, 0.0)]
    [InlineData(null, 3, 50.0)]
    [InlineData(8, 2, 52.5)] // (80 + 25) / 2
    public void Survey_maps_nps_and_csat_to_0_100_and_averages_them(int? nps, int? csat, double expected)
    {
        var facts = Active() with { LastNpsScore = nps, LastNpsAt = Now.AddDays(-10), LastCsatScore = csat, LastCsatAt = Now.AddDays(-10) };
        Assert.Equal(expected, HealthModel.Survey(facts, Now - Options.ScoreWindow)!.Value.Value);
    }

    [Fact]
    public void Survey_answers_older_than_the_window_do_not_count()
    {
        var facts = Active() with { LastNpsScore = 2, LastNpsAt = Now.AddDays(-181), LastCsatScore = 5, LastCsatAt = Now.AddDays(-179) };
        Assert.Equal((100.0, RiskReasons.LowSatisfaction), HealthModel.Survey(facts, Now - Options.ScoreWindow)!.Value);
        Assert.Null(HealthModel.Survey(facts with { LastCsatAt = Now.AddDays(-200) }, Now - Options.ScoreWindow));
    }

    [Fact]
    public void Sentiment_is_the_most_recent_of_outreach_sentiment_review_and_survey_category()
    {
        var since = Now - Options.ScoreWindow;
        var facts = Active() with
        {
            LastSentiment = Sentiments.Negative, LastSentimentAt = Now.AddDays(-3),
            LastReviewRating = 5, LastReviewAt = Now.AddDays(-5),
            LastNpsScore = 10, LastNpsAt = Now.AddDays(-7),
        };
        Assert.Equal(0, HealthModel.Sentiment(facts, since));
        Assert.Equal(100, HealthModel.Sentiment(facts with { LastSentimentAt = Now.AddDays(-9) }, since)); // the review
        Assert.Equal(50, HealthModel.Sentiment(new HealthFacts(Now, LastNpsScore: 7, LastNpsAt: Now), since)); // passive
        Assert.Equal(0, HealthModel.Sentiment(new HealthFacts(Now, LastCsatScore: 2, LastCsatAt: Now), since));
        Assert.Null(HealthModel.Sentiment(new HealthFacts(Now, LastReviewRating: 1, LastReviewAt: Now.AddDays(-200)), since));
    }

    [Theory]
    [InlineData(0, 100.0)]
    [InlineData(1, 40.0)]
    [InlineData(2, 15.0)]
    [InlineData(3, 0.0)]
    [InlineData(9, 0.0)]
    public void Sla_breaches(int breaches, double expected) => Assert.Equal(expected, HealthModel.SlaBreaches(breaches));

    [Theory]
    [InlineData(0, 100.0)]
    [InlineData(1, 50.0)]
    [InlineData(2, 25.0)]
    [InlineData(5, 0.0)]
    public void Open_tickets(int open, double expected) => Assert.Equal(expected, HealthModel.OpenTickets(open));

    [Theory]
    [InlineData(0, 100.0)]
    [InlineData(30, 100.0)]
    [InlineData(105, 50.0)]
    [InlineData(180, 0.0)]
    [InlineData(400, 0.0)]
    public void Recency_is_full_for_a_month_then_falls_linearly_to_zero_at_180_days(int daysAgo, double expected) =>
        Assert.Equal(expected, HealthModel.Recency(Now.AddDays(-daysAgo), Now, Options.ActiveWithin, Options.InactiveAfter), 6);

    [Fact]
    public void Without_survey_sentiment_open_tickets_or_breaches_the_score_is_absent()
    {
        Assert.Null(HealthModel.Assess(Active(), Now, Options));
        Assert.Null(HealthModel.Assess(Active() with { LastNpsScore = 3, LastNpsAt = Now.AddDays(-200) }, Now, Options));
        Assert.NotNull(HealthModel.Assess(Active(openTickets: 1), Now, Options));
        Assert.NotNull(HealthModel.Assess(Active(breaches: 1), Now, Options));
    }

    [Fact]
    public void A_detractor_with_a_breach_and_an_open_ticket_scores_below_40_with_reasons_strongest_first()
    {
        var facts = Active(openTickets: 1, breaches: 1) with { LastNpsScore = 2, LastNpsAt = Now.AddHours(-1) };
        var health = HealthModel.Assess(facts, Now, Options)!;
        // 0.40·20 + 0.15·0 + 0.20·40 + 0.15·50 + 0.10·100 = 33.5
        Assert.Equal(33.5, health.Score);
        Assert.Equal([RiskReasons.DetractorResponse, RiskReasons.NegativeSentiment, RiskReasons.SlaBreaches], health.Reasons);
    }

    [Fact]
    public void Missing_components_rescale_the_other_weights()
    {
        // No survey or sentiment: (0.20·40 + 0.15·100 + 0.10·100) / 0.45
        var health = HealthModel.Assess(Active(breaches: 1), Now, Options)!;
        Assert.Equal(Math.Round(33 / 0.45, 1), health.Score);
        Assert.Equal([RiskReasons.SlaBreaches], health.Reasons);
    }

    [Fact]
    public void A_happy_active_promoter_scores_100_without_reasons()
    {
        var health = HealthModel.Assess(Active() with { LastNpsScore = 10, LastNpsAt = Now.AddDays(-2) }, Now, Options)!;
        Assert.Equal((100.0, 0), (health.Score, health.Reasons.Count));
    }

    [Fact]
    public void Inactivity_names_declining_activity()
    {
        var facts = new HealthFacts(Now.AddDays(-170), LastCsatScore: 5, LastCsatAt: Now.AddDays(-170));
        Assert.Equal([RiskReasons.DecliningActivity], HealthModel.Assess(facts, Now, Options)!.Reasons);
    }

    [Fact]
    public void A_tenant_threshold_overrides_the_default() =>
        Assert.Equal((40.0, 55.0), (Options.ThresholdFor("any"), new HealthOptions { TenantThresholds = { ["acme"] = 55 } }.ThresholdFor("acme")));
}
