using CxPlatform.Insights.Domain.Health;

namespace CxPlatform.Insights.Tests;

/// <summary>The at-risk latch: one crossing per fall below the threshold, re-armed only at threshold + margin (hysteresis).</summary>
public sealed class RiskCrossingTests
{
    private const double Threshold = 40;
    private const double Margin = 10;

    [Theory]
    [InlineData(false, 39.9, true, true)]   // falls below: the crossing
    [InlineData(false, 40.0, false, false)] // at the threshold is not below it
    [InlineData(true, 20.0, true, false)]   // still below: no second event
    [InlineData(true, 45.0, true, false)]   // above the threshold but below the re-arm level: stays latched
    [InlineData(true, 49.9, true, false)]
    [InlineData(true, 50.0, false, false)]  // re-armed
    [InlineData(false, 80.0, false, false)]
    public void Next(bool latched, double score, bool expectedLatched, bool expectedCrossed) =>
        Assert.Equal((expectedLatched, expectedCrossed), RiskCrossing.Next(latched, score, Threshold, Margin));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_absent_score_changes_nothing(bool latched) => Assert.Equal((latched, false), RiskCrossing.Next(latched, null, Threshold, Margin));

    [Fact]
    public void A_fall_a_partial_recovery_a_fall_a_full_recovery_and_a_fall_cross_twice()
    {
        var latched = false;
        var crossings = 0;
        foreach (var score in new[] { 83.0, 56.7, 33.5, 45.5, 33.5, 80.5, 29.5 })
        {
            (latched, var crossed) = RiskCrossing.Next(latched, score, Threshold, Margin);
            crossings += crossed ? 1 : 0;
        }
        Assert.Equal((2, true), (crossings, latched));
    }
}
