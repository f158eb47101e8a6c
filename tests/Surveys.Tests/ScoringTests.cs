using CxPlatform.Surveys.Scoring;

namespace CxPlatform.Surveys.Tests;

/// <summary>The formulas on fixtures worked out by hand (see docs/surveys.md), edge cases included.</summary>
public sealed class ScoringTests
{
    private const double Tolerance = 0.01;

    [Fact]
    public void Nps_is_the_share_of_promoters_minus_the_share_of_detractors_with_a_normal_interval()
    {
        // 5 promoters (10, 10, 9, 9, 9), 2 passives (8, 7), 3 detractors (6, 3, 0): NPS 20; m = 0.2, v = 0.8 − 0.04 = 0.76.
        var result = NpsScoring.Score(ScoreDistribution.Of(0, 10, [10, 10, 9, 9, 9, 8, 7, 6, 3, 0]));

        Assert.Equal((10, 5, 2, 3), (result.Responses, result.Promoters, result.Passives, result.Detractors));
        Assert.Equal(20, result.Score!.Value, Tolerance);
        Assert.Equal(-34.03, result.Interval!.Lower, Tolerance);
        Assert.Equal(74.03, result.Interval.Upper, Tolerance);
        Assert.Equal(0.95, result.Interval.Level);
        Assert.Equal("nps-v1", result.FormulaVersion);
    }

    [Fact]
    public void Nps_without_responses_has_no_score_rather_than_zero()
    {
        var result = NpsScoring.Score(ScoreDistribution.Of(0, 10, []));

        Assert.Null(result.Score);
        Assert.Null(result.Interval);
        Assert.Equal(0, result.Responses);
    }

    [Fact]
    public void Nps_of_only_passives_is_zero_with_an_interval_of_zero_width()
    {
        var result = NpsScoring.Score(ScoreDistribution.Of(0, 10, [7, 8, 8, 7]));

        Assert.Equal(0, result.Score!.Value, Tolerance);
        Assert.Equal((0.0, 0.0), (result.Interval!.Lower, result.Interval.Upper));
    }

    [Fact]
    public void Nps_of_only_promoters_is_100_and_its_interval_stays_within_the_scale()
    {
        var result = NpsScoring.Score(ScoreDistribution.Of(0, 10, [10, 9]));

        Assert.Equal(100, result.Score!.Value, Tolerance);
        Assert.Equal((100.0, 100.0), (result.Interval!.Lower, result.Interval.Upper));
    }

    [Fact]
    public void Csat_is_the_share_of_4_and_5_with_a_Wilson_interval()
    {
        var result = CsatScoring.Score(ScoreDistribution.Of(1, 5, [5, 5, 5, 4, 4, 4, 4, 3, 2, 1]));

        Assert.Equal((10, 7), (result.Responses, result.Satisfied));
        Assert.Equal(70, result.Score!.Value, Tolerance);
        Assert.Equal(39.68, result.Interval!.Lower, Tolerance);
        Assert.Equal(89.22, result.Interval.Upper, Tolerance);
        Assert.Equal("csat-v1", result.FormulaVersion);
    }

    [Fact]
    public void Csat_of_only_satisfied_customers_is_100_with_a_Wilson_interval_below_it()
    {
        var result = CsatScoring.Score(ScoreDistribution.Of(1, 5, [5, 4, 5]));

        Assert.Equal(100, result.Score!.Value, Tolerance);
        Assert.Equal(43.85, result.Interval!.Lower, Tolerance);
        Assert.Equal(100, result.Interval.Upper, Tolerance);
    }

    [Fact]
    public void Csat_without_responses_has_no_score()
    {
        var result = CsatScoring.Score(ScoreDistribution.Of(1, 5, []));

        Assert.Equal((null, null), (result.Score, result.Interval));
    }

    [Fact]
    public void Ces_is_the_mean_with_a_t_interval_and_the_share_of_5_to_7()
    {
        // Mean 4.75, sample sd 1.67, t(0.975, 7) = 2.3646; 5 of 8 answers are 5–7.
        var result = CesScoring.Score(ScoreDistribution.Of(1, 7, [7, 6, 5, 5, 4, 3, 2, 6]));

        Assert.Equal(4.75, result.Mean!.Value, Tolerance);
        Assert.Equal(3.35, result.MeanInterval!.Lower, Tolerance);
        Assert.Equal(6.15, result.MeanInterval.Upper, Tolerance);
        Assert.Equal((5, 62.5), (result.Easy, result.EasyPercent!.Value));
        Assert.Equal(30.57, result.EasyInterval!.Lower, Tolerance);
        Assert.Equal(86.32, result.EasyInterval.Upper, Tolerance);
        Assert.Equal("ces-v1", result.FormulaVersion);
    }

    [Fact]
    public void Ces_of_one_response_has_a_mean_but_no_interval_for_it()
    {
        var result = CesScoring.Score(ScoreDistribution.Of(1, 7, [6]));

        Assert.Equal(6, result.Mean!.Value, Tolerance);
        Assert.Null(result.MeanInterval);
        Assert.Equal(100, result.EasyPercent!.Value, Tolerance);
    }

    [Fact]
    public void Ces_without_responses_has_no_score()
    {
        var result = CesScoring.Score(ScoreDistribution.Of(1, 7, []));

        Assert.Equal((null, null, null), (result.Mean, result.MeanInterval, result.EasyPercent));
    }

    [Fact]
    public void The_distribution_lists_every_point_of_the_scale_zeros_included()
    {
        var distribution = ScoreDistribution.Of(1, 5, [5, 5, 2]);

        Assert.Equal([new(1, 0), new(2, 1), new(3, 0), new(4, 0), new(5, 2)], distribution.Counts);
    }

    [Fact]
    public void A_score_outside_the_scale_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoreDistribution.Of(1, 5, [0]));
    }
}
