using CxPlatform.Care.Domain.Goals;

namespace CxPlatform.Care.Tests.Goals;

public sealed class GoalAttainmentTests
{
    [Fact]
    public void With_nothing_due_yet_the_attainment_is_unknown_and_the_goal_on_track()
    {
        var attainment = GoalAttainment.Calculate(met: 0, missed: 0, open: 3, targetRate: 0.95, periodEnded: false);

        Assert.Equal((0, 0, 3, (double?)null, GoalStates.OnTrack), (attainment.Met, attainment.Missed, attainment.Open, attainment.Rate, attainment.State));
    }

    [Fact]
    public void A_period_that_ended_with_no_obligations_is_achieved()
    {
        Assert.Equal(GoalStates.Achieved, GoalAttainment.Calculate(0, 0, 0, 1.0, periodEnded: true).State);
    }

    [Fact]
    public void All_met_is_an_attainment_of_one_and_open_obligations_do_not_count()
    {
        var attainment = GoalAttainment.Calculate(met: 4, missed: 0, open: 10, targetRate: 1.0, periodEnded: false);

        Assert.Equal((1.0, GoalStates.OnTrack), (attainment.Rate, attainment.State));
    }

    [Fact]
    public void Exactly_at_the_target_counts_as_reaching_it_and_one_miss_more_falls_below()
    {
        Assert.Equal(GoalStates.Achieved, GoalAttainment.Calculate(19, 1, 0, 0.95, periodEnded: true).State);
        Assert.Equal(GoalStates.Achieved, GoalAttainment.Calculate(7, 3, 0, 0.7, periodEnded: true).State);
        Assert.Equal(GoalStates.Missed, GoalAttainment.Calculate(18, 2, 0, 0.95, periodEnded: true).State);
        Assert.Equal(GoalStates.AtRisk, GoalAttainment.Calculate(18, 2, 5, 0.95, periodEnded: false).State);
    }

    [Fact]
    public void Attainment_is_met_over_met_plus_missed()
    {
        var attainment = GoalAttainment.Calculate(met: 1, missed: 1, open: 0, targetRate: 1.0, periodEnded: false);

        Assert.Equal((0.5, GoalStates.AtRisk), (attainment.Rate, attainment.State));
        Assert.Equal(GoalStates.Missed, GoalAttainment.Calculate(0, 1, 0, 0.5, periodEnded: true).State);
    }

    [Fact]
    public void Negative_counts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GoalAttainment.Calculate(-1, 0, 0, 0.9, false));
    }
}
