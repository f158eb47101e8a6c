using System.Text.Json;
using CxPlatform.Contracts;
using CxPlatform.Insights.Domain;
using CxPlatform.Insights.Domain.Metrics;

namespace CxPlatform.Insights.Tests;

/// <summary>What each event adds to the buckets and how merged buckets become values (docs/insights.md, "KPIs").</summary>
public sealed class MetricArithmeticTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 4, 10, 25, 0, TimeSpan.Zero);

    [Fact]
    public void Nps_is_the_share_of_promoters_minus_the_share_of_detractors()
    {
        var totals = Merge(Responses(MetricNames.Nps, SurveyKinds.Nps, 10, 10, 9, 8, 7, 3, 0, 6));

        Assert.Equal((8L, 3L, 3L), (totals.Count, totals.Hits, totals.Misses));
        Assert.Equal(0.0, MetricCatalog.NetPromoterScore(totals));
        Assert.Equal(40.0, MetricCatalog.NetPromoterScore(Merge(Responses(MetricNames.Nps, SurveyKinds.Nps, 10, 10, 9, 8, 3))));
        Assert.Equal(-100.0, MetricCatalog.NetPromoterScore(Merge(Responses(MetricNames.Nps, SurveyKinds.Nps, 0, 6))));
    }

    [Fact]
    public void Csat_is_the_share_of_answers_of_4_or_5()
    {
        var totals = Merge(Responses(MetricNames.Csat, SurveyKinds.Csat, 5, 4, 3, 2, 1, 5));

        Assert.Equal(0.5, MetricCatalog.Share(totals));
        Assert.Equal(6, totals.Count);
    }

    [Fact]
    public void Ces_is_the_mean_score_and_counts_answers_of_5_to_7_as_easy()
    {
        var totals = Merge(Responses(MetricNames.Ces, SurveyKinds.Ces, 7, 5, 4, 1));

        Assert.Equal(4.25, MetricCatalog.Mean(totals));
        Assert.Equal(0.5, MetricCatalog.Share(totals));
    }

    [Fact]
    public void Scores_off_their_scale_and_unrated_answers_count_towards_no_score()
    {
        Assert.Empty(Responses(MetricNames.Nps, SurveyKinds.Nps, 11));
        Assert.Empty(Responses(MetricNames.Csat, SurveyKinds.Csat, 0, 6));
        Assert.Empty(Responses(MetricNames.Ces, SurveyKinds.Ces, 8));
    }

    [Fact]
    public void A_period_without_observations_has_no_value_but_a_volume_of_zero()
    {
        var empty = new MetricTotals();

        Assert.Equal((double?)null, MetricCatalog.Served[MetricNames.Csat].Value(empty));
        Assert.Equal((double?)null, MetricCatalog.Served[MetricNames.FirstResponseTimeP90].Value(empty));
        Assert.Equal(0.0, MetricCatalog.Served[MetricNames.TicketVolume].Value(empty));
    }

    [Fact]
    public void Median_and_p90_are_the_nearest_rank_observations_read_from_the_histogram()
    {
        var totals = new MetricTotals();
        foreach (var seconds in Enumerable.Range(1, 10))
        {
            totals.Add(DurationHistogram.BinOf(seconds), 1, 0, 0, seconds);
        }

        Assert.Equal(5.0, DurationHistogram.Percentile(totals.Bins, 50));
        Assert.Equal(9.0, DurationHistogram.Percentile(totals.Bins, 90));
        Assert.Equal(10.0, DurationHistogram.Percentile(totals.Bins, 100));
        Assert.Equal(1.0, DurationHistogram.Percentile(totals.Bins, 1));
    }

    [Fact]
    public void Merged_histograms_give_the_same_percentile_as_one_histogram_of_all_observations()
    {
        int[] first = [30, 45, 3600, 90];
        int[] second = [7200, 15, 600];
        var merged = new MetricTotals();
        var whole = new MetricTotals();
        foreach (var seconds in first.Concat(second))
        {
            whole.Add(DurationHistogram.BinOf(seconds), 1, 0, 0, seconds);
        }
        var parts = new[] { first, second }.Select(part => part.Aggregate(new MetricTotals(), (t, s) => t.Add(DurationHistogram.BinOf(s), 1, 0, 0, s)));
        foreach (var part in parts)
        {
            foreach (var (bin, count) in part.Bins)
            {
                merged.Add(bin, count, 0, 0, 0);
            }
        }

        Assert.Equal(DurationHistogram.Percentile(whole.Bins, 50), DurationHistogram.Percentile(merged.Bins, 50));
        Assert.Equal(DurationHistogram.Percentile(whole.Bins, 90), DurationHistogram.Percentile(merged.Bins, 90));
        Assert.InRange(DurationHistogram.Percentile(merged.Bins, 50)!.Value, 90 * 0.95, 90 * 1.05);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(2L)]
    [InlineData(59L)]
    [InlineData(600L)]
    [InlineData(86_399L)]
    [InlineData(2_592_000L)]
    public void A_histogram_bin_reports_its_durations_within_5_percent(long seconds) =>
        Assert.InRange(DurationHistogram.Representative(DurationHistogram.BinOf(seconds)), seconds * 0.95 - 0.5, seconds * 1.05 + 0.5);

    [Fact]
    public void Durations_under_ten_seconds_are_exact() =>
        Assert.All(Enumerable.Range(0, 10), s => Assert.Equal(s, DurationHistogram.Representative(DurationHistogram.BinOf(s))));

    [Fact]
    public void Periods_start_at_the_utc_hour_day_iso_week_and_month()
    {
        var sunday = new DateTimeOffset(2026, 3, 1, 22, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 22, 0, 0, TimeSpan.Zero), MetricPeriods.Start(sunday, MetricGrain.Hour));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), MetricPeriods.Start(sunday, MetricGrain.Day));
        Assert.Equal(new DateTimeOffset(2026, 2, 23, 0, 0, 0, TimeSpan.Zero), MetricPeriods.Start(sunday, MetricGrain.Week));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), MetricPeriods.Start(sunday, MetricGrain.Month));
        // Monday 00:30 at UTC+2 is still Sunday in UTC.
        Assert.Equal(new DateTimeOffset(2026, 2, 23, 0, 0, 0, TimeSpan.Zero),
            MetricPeriods.Start(new DateTimeOffset(2026, 3, 2, 0, 30, 0, TimeSpan.FromHours(2)), MetricGrain.Week));
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero),
            MetricPeriods.Start(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), MetricGrain.Week));
    }

    [Fact]
    public void Month_periods_follow_the_calendar_across_february_and_the_year_end()
    {
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero),
            MetricPeriods.Start(new DateTimeOffset(2026, 2, 28, 23, 59, 59, TimeSpan.Zero), MetricGrain.Month));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), MetricPeriods.Next(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), MetricGrain.Month));
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), MetricPeriods.Next(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), MetricGrain.Month));
    }

    [Fact]
    public void A_range_covers_every_period_from_the_one_holding_from_to_the_last_starting_before_to()
    {
        var weeks = MetricPeriods.Between(new DateTimeOffset(2026, 2, 25, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero), MetricGrain.Week);

        DateTimeOffset[] mondays = [new(2026, 2, 23, 0, 0, 0, TimeSpan.Zero), new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), new(2026, 3, 9, 0, 0, 0, TimeSpan.Zero)];
        Assert.Equal(mondays, weeks);
    }

    [Fact]
    public void First_response_and_resolution_times_are_whole_seconds_under_the_hour_they_ended_in()
    {
        var ticket = Guid.NewGuid();
        var reply = new TicketReplied("t", Guid.NewGuid(), At, ticket, 1, null, TicketChannels.Chat, TicketTypes.Question, TicketPriorities.Low, null, "agent-9",
            Guid.NewGuid(), ActorKinds.Agent, "agent-7", true, true, At.AddSeconds(-90.7));

        var observation = Assert.Single(MetricDefinition.Observe(PlatformKinds.TicketReplied, Json(reply)));

        Assert.Equal((MetricNames.FirstResponseTime, new DateTimeOffset(2026, 3, 4, 10, 0, 0, TimeSpan.Zero), 1L, 90L),
            (observation.Metric, observation.HourStart, observation.Count, observation.Sum));
        Assert.Equal(new MetricDimensionValues(TicketChannels.Chat, "", "agent-7", TicketTypes.Question, TicketPriorities.Low), observation.Dimensions);
        Assert.Empty(MetricDefinition.Observe(PlatformKinds.TicketReplied, Json(reply with { IsFirstReply = false })));
    }

    [Fact]
    public void A_care_goal_obligation_counts_at_its_due_hour_as_met_on_time_or_missed_and_a_late_completion_adds_nothing()
    {
        var goal = Guid.NewGuid();
        var due = At.AddHours(2);
        var onTime = new OutreachCompleted("t", Guid.NewGuid(), At, Guid.NewGuid(), Guid.NewGuid(), OutreachKinds.Apology, ContactChannels.Phone,
            OutreachOutcomes.Reached, null, false, "care-1", due, null, null, goal);
        var missed = new CareGoalMissed("t", Guid.NewGuid(), due, goal, "Apologise within 2 h", Guid.NewGuid(), due, 0.9, null, null, null);

        var met = Assert.Single(MetricDefinition.Observe(PlatformKinds.OutreachCompleted, Json(onTime)));
        var miss = Assert.Single(MetricDefinition.Observe(PlatformKinds.CareGoalMissed, Json(missed)));

        Assert.Equal((MetricNames.CareGoalAttainment, MetricPeriods.Start(due, MetricGrain.Hour), 1L, 1L), (met.Metric, met.HourStart, met.Count, met.Hits));
        Assert.Equal((MetricNames.CareGoalAttainment, MetricPeriods.Start(due, MetricGrain.Hour), 1L, 0L), (miss.Metric, miss.HourStart, miss.Count, miss.Hits));
        Assert.Empty(MetricDefinition.Observe(PlatformKinds.OutreachCompleted, Json(onTime with { OccurredAt = due.AddMinutes(1) })));
    }

    [Fact]
    public void Events_that_feed_no_metric_add_nothing()
    {
        var changed = new TicketStatusChanged("t", Guid.NewGuid(), At, Guid.NewGuid(), 1, null, TicketStatuses.New, TicketStatuses.Open);

        Assert.Empty(MetricDefinition.Observe(PlatformKinds.TicketStatusChanged, Json(changed)));
        Assert.Empty(MetricDefinition.Observe(TouchpointKinds.OrderPlaced, "{}"));
    }

    private static IReadOnlyList<MetricObservation> Responses(string metric, string kind, params int[] scores) =>
        [.. scores.SelectMany(score => MetricDefinition.Observe(PlatformKinds.SurveyResponded, Json(new SurveyResponded("t", Guid.NewGuid(), At, Guid.NewGuid(),
            Guid.NewGuid(), 1, kind, null, score, null, null, null, null, null)))).Where(o => o.Metric == metric)];

    private static MetricTotals Merge(IEnumerable<MetricObservation> observations) =>
        observations.Aggregate(new MetricTotals(), (totals, o) => totals.Add(o.Bin, o.Count, o.Hits, o.Misses, o.Sum));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonSerializerOptions.Web);
}
