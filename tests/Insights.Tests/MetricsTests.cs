using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.Contracts;
using CxPlatform.Contracts.Grpc.Insights;
using CxPlatform.Insights.Metrics;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace CxPlatform.Insights.Tests;

/// <summary>
/// KPIs end to end: real events on RabbitMQ → hour buckets → the same series over gRPC GetMetrics and REST; redeliveries
/// count once, a rebuild from the event store gives the same buckets, tenants see only their own, bad questions are refused.
/// </summary>
public sealed class MetricsTests(InsightsApiFactory factory) : IClassFixture<InsightsApiFactory>, IAsyncLifetime
{
    private static readonly DateTimeOffset Day = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private const string DayRange = "period=day&from=2026-03-02T00:00:00Z&to=2026-03-03T00:00:00Z";

    public async ValueTask InitializeAsync() => await factory.WaitUntilReadyAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Events_on_the_broker_become_the_same_KPIs_over_gRPC_and_REST_and_redeliveries_count_once()
    {
        var tenant = InsightsApiFactory.NewTenant("kpis");
        var events = MixedStream(tenant);
        await PublishAndWaitAsync(tenant, events, events.Count);

        var grpc = await InsightsGrpc.Client(factory).GetMetricsAsync(new GetMetricsRequest
        {
            Metrics = { MetricNames.TicketVolume, MetricNames.FirstResponseTime },
            Period = MetricPeriod.Day,
            From = Timestamp.FromDateTimeOffset(Day),
            To = Timestamp.FromDateTimeOffset(Day.AddDays(2)),
            GroupBy = { MetricDimensions.Channel },
        }, InsightsGrpc.As(tenant, CxRoles.Service));

        Assert.Equal(
            [(MetricNames.TicketVolume, TicketChannels.Chat), (MetricNames.TicketVolume, TicketChannels.Email),
             (MetricNames.FirstResponseTime, TicketChannels.Chat), (MetricNames.FirstResponseTime, TicketChannels.Email)],
            grpc.Series.Select(s => (s.Metric, s.Dimensions[MetricDimensions.Channel])));
        Assert.Equal([1.0, 0.0, 2.0, 0.0], grpc.Series.Take(2).SelectMany(s => s.Points.Select(p => p.Value!.Value)));
        Assert.Equal([Day, Day.AddDays(1)], grpc.Series[0].Points.Select(p => p.PeriodStart.ToDateTimeOffset()));
        Assert.Equal("count", grpc.Series[0].Unit);
        var emailResponse = grpc.Series[3];
        Assert.Equal(("seconds", 2L, (double?)null, 0L), (emailResponse.Unit, emailResponse.Points[0].SampleSize, emailResponse.Points[1].Value, emailResponse.Points[1].SampleSize));
        Assert.InRange(emailResponse.Points[0].Value!.Value, 120 * 0.95, 120 * 1.05); // median of 2 min and 10 min: the lower (nearest rank)
        Assert.InRange(grpc.Series[2].Points[0].Value!.Value, 60 * 0.95, 60 * 1.05);

        var analyst = factory.CreateClient(tenant, CxRoles.Analyst);
        var day = await ValuesAsync(analyst, $"metric=csat&metric=nps&metric=ces&metric=reopen_rate&metric=care_goal_attainment&{DayRange}");
        Assert.Equal(
            [(MetricNames.Csat, 2.0 / 3, 3L), (MetricNames.Nps, 25.0, 4L), (MetricNames.Ces, (double?)null, 0L), (MetricNames.ReopenRate, 1.0, 1L),
             (MetricNames.CareGoalAttainment, 0.5, 2L)],
            day.Series.Select(s => (s.Metric, s.Points.Single().Value, s.Points.Single().SampleSize)));
        var times = await ValuesAsync(analyst, $"metric=resolution_time&metric=first_response_time_p90&{DayRange}");
        Assert.InRange(times.Series[0].Points.Single().Value!.Value, 4 * 3600 * 0.95, 4 * 3600 * 1.05);
        Assert.InRange(times.Series[1].Points.Single().Value!.Value, 600 * 0.95, 600 * 1.05);
        Assert.Equal(3, times.Series[1].Points.Single().SampleSize);
        var rates = await ValuesAsync(analyst, $"metric=survey_response_rate&groupBy=survey_kind&{DayRange}");
        Assert.Equal([(SurveyKinds.Csat, 0.75), (SurveyKinds.Nps, 1.0)], rates.Series.Select(s => (s.Dimensions[MetricDimensions.SurveyKind], s.Points.Single().Value!.Value)));
        var emailHours = await ValuesAsync(analyst, "metric=ticket_volume&channel=email&period=hour&from=2026-03-02T09:00:00Z&to=2026-03-02T12:00:00Z");
        Assert.Equal([1.0, 1.0, 0.0], emailHours.Series.Single().Points.Select(p => p.Value!.Value));

        // Redeliveries (same message ids) change nothing; fresh events of every type on another day show they were all consumed.
        const string everything = "metric=ticket_volume&metric=first_response_time&metric=resolution_time&metric=reopen_rate&metric=csat&metric=nps"
            + "&metric=survey_response_rate&metric=care_goal_attainment&" + DayRange;
        var before = await analyst.GetStringAsync($"/api/v1/metrics?{everything}");
        foreach (var message in events)
        {
            await factory.PublishAsync((dynamic)message);
        }
        var later = MixedStream(tenant, Day.AddDays(5));
        await PublishAndWaitAsync(tenant, later, events.Count + later.Count);
        Assert.Equal(before, await analyst.GetStringAsync($"/api/v1/metrics?{everything}"));
    }

    [Fact]
    public async Task A_tenant_sees_only_its_own_KPIs()
    {
        var tenant = InsightsApiFactory.NewTenant("kpis-own");
        var stranger = InsightsApiFactory.NewTenant("kpis-other");
        var events = MixedStream(tenant);
        await PublishAndWaitAsync(tenant, events, events.Count);

        var mine = await ValuesAsync(factory.CreateClient(tenant, CxRoles.Analyst), $"metric=ticket_volume&{DayRange}");
        var theirs = await ValuesAsync(factory.CreateClient(stranger, CxRoles.Analyst), $"metric=ticket_volume&{DayRange}");
        var theirsOverGrpc = await InsightsGrpc.Client(factory).GetMetricsAsync(new GetMetricsRequest
        {
            Metrics = { MetricNames.Csat },
            Period = MetricPeriod.Month,
            From = Timestamp.FromDateTimeOffset(Day),
            To = Timestamp.FromDateTimeOffset(Day.AddDays(1)),
            GroupBy = { MetricDimensions.SurveyKind },
        }, InsightsGrpc.As(stranger, CxRoles.Service));

        Assert.Equal((3.0, 3L), (mine.Series.Single().Points.Single().Value, mine.Series.Single().Points.Single().SampleSize));
        Assert.Equal((0.0, 0L), (theirs.Series.Single().Points.Single().Value, theirs.Series.Single().Points.Single().SampleSize));
        Assert.Empty(theirsOverGrpc.Series);
    }

    [Fact]
    public async Task A_rebuild_from_the_event_store_gives_exactly_the_incremental_buckets_of_an_out_of_order_stream_with_redeliveries()
    {
        var tenant = InsightsApiFactory.NewTenant("kpis-rebuild");
        var events = MixedStream(tenant).Concat(MixedStream(tenant, Day.AddDays(9).AddHours(3))).ToList();
        var shuffle = new Random(20260302);
        var shuffled = events.OrderBy(_ => shuffle.Next()).ToList();
        await PublishAndWaitAsync(tenant, shuffled.Concat(shuffled.Take(10)).ToList(), events.Count);
        var incremental = await BucketsAsync(tenant);
        var admin = factory.CreateClient(tenant, CxRoles.Admin);

        var report = await RebuildAsync(admin);

        Assert.Equal((1, (long)events.Count, 0L), (report.Version, report.Touchpoints, report.ChangedBuckets));
        Assert.Equal(incremental, await BucketsAsync(tenant));
        Assert.Equal(incremental.Split('\n').Length, report.Buckets);
    }

    [Fact]
    public async Task A_rebuild_repairs_a_damaged_bucket_and_says_how_many_differed()
    {
        var tenant = InsightsApiFactory.NewTenant("kpis-repair");
        var events = MixedStream(tenant);
        await PublishAndWaitAsync(tenant, events, events.Count);
        var incremental = await BucketsAsync(tenant);
        var admin = factory.CreateClient(tenant, CxRoles.Admin);
        Assert.Equal(1, await Sql.ScalarAsync<long>(factory.DatabaseConnectionString,
            $"WITH damaged AS (UPDATE metric_buckets SET \"Count\" = \"Count\" + 5 WHERE \"TenantId\" = '{tenant}' AND \"Metric\" = 'csat' RETURNING 1) SELECT count(*) FROM damaged"));

        var report = await RebuildAsync(admin);

        Assert.Equal(2, report.ChangedBuckets); // the rebuilt row replaces the damaged one: one row on each side of the comparison
        Assert.Equal(incremental, await BucketsAsync(tenant));
        Assert.Equal(2.0 / 3, (await ValuesAsync(factory.CreateClient(tenant, CxRoles.Analyst), $"metric=csat&{DayRange}")).Series.Single().Points.Single().Value);
    }

    [Theory]
    [InlineData("metric=teleport_rate&" + DayRange, "metric")]
    [InlineData(DayRange, "metric")]
    [InlineData("metric=sla_compliance&" + DayRange, "metric")]
    [InlineData("metric=csat&period=fortnight&from=2026-03-02T00:00:00Z&to=2026-03-03T00:00:00Z", "period")]
    [InlineData("metric=csat&period=day&to=2026-03-03T00:00:00Z", "from")]
    [InlineData("metric=csat&period=day&from=2026-03-03T00:00:00Z&to=2026-03-03T00:00:00Z", "to")]
    [InlineData("metric=csat&period=hour&from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z", "to")]
    [InlineData("metric=csat&period=month&from=0001-01-01T00:00:00Z&to=0001-03-01T00:00:00Z", "from")]
    [InlineData("metric=ticket_volume&groupBy=colour&" + DayRange, "groupBy")]
    [InlineData("metric=ticket_volume&groupBy=channel&groupBy=channel&" + DayRange, "groupBy")]
    [InlineData("metric=csat&groupBy=channel&" + DayRange, "groupBy")]
    [InlineData("metric=csat&metric=ticket_volume&channel=email&" + DayRange, "channel")]
    [InlineData("metric=ticket_volume&ticketType=&" + DayRange, "ticketType")]
    public async Task A_bad_KPI_question_is_a_400_naming_the_field(string query, string field)
    {
        var tenant = InsightsApiFactory.NewTenant("kpis-bad");

        var response = await factory.CreateClient(tenant, CxRoles.Analyst).GetAsync($"/api/v1/metrics?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
    }

    [Fact]
    public async Task A_bad_GetMetrics_request_is_INVALID_ARGUMENT_naming_the_field()
    {
        (string Field, GetMetricsRequest Request)[] cases =
        [
            ("metrics", new GetMetricsRequest { Period = MetricPeriod.Day, From = At(0), To = At(1) }),
            ("metrics", new GetMetricsRequest { Metrics = { "teleport_rate" }, Period = MetricPeriod.Day, From = At(0), To = At(1) }),
            ("metrics", new GetMetricsRequest { Metrics = { MetricNames.SlaCompliance }, Period = MetricPeriod.Day, From = At(0), To = At(1) }),
            ("period", new GetMetricsRequest { Metrics = { MetricNames.Csat }, From = At(0), To = At(1) }),
            ("from", new GetMetricsRequest { Metrics = { MetricNames.Csat }, Period = MetricPeriod.Day, To = At(1) }),
            ("from", new GetMetricsRequest { Metrics = { MetricNames.Csat }, Period = MetricPeriod.Day, From = new Timestamp { Seconds = long.MinValue }, To = At(1) }),
            ("to", new GetMetricsRequest { Metrics = { MetricNames.Csat }, Period = MetricPeriod.Month, From = At(0), To = Timestamp.FromDateTimeOffset(DateTimeOffset.MaxValue) }),
            ("to", new GetMetricsRequest { Metrics = { MetricNames.Csat }, Period = MetricPeriod.Day, From = At(1), To = At(0) }),
            ("to", new GetMetricsRequest { Metrics = { MetricNames.Csat }, Period = MetricPeriod.Hour, From = At(0), To = At(60) }),
            ("group_by", new GetMetricsRequest { Metrics = { MetricNames.Nps }, Period = MetricPeriod.Day, From = At(0), To = At(1), GroupBy = { MetricDimensions.Agent } }),
            ("filters", new GetMetricsRequest
            {
                Metrics = { MetricNames.TicketVolume }, Period = MetricPeriod.Day, From = At(0), To = At(1),
                Filters = { new DimensionFilter { Dimension = MetricDimensions.SurveyKind, Values = { SurveyKinds.Csat } } },
            }),
            ("filters", new GetMetricsRequest
            {
                Metrics = { MetricNames.TicketVolume }, Period = MetricPeriod.Day, From = At(0), To = At(1),
                Filters = { new DimensionFilter { Dimension = MetricDimensions.Channel } },
            }),
        ];
        var client = InsightsGrpc.Client(factory);
        var caller = InsightsGrpc.As(InsightsApiFactory.NewTenant("kpis-bad"), CxRoles.Service);

        var answers = new List<(string, StatusCode, bool)>();
        foreach (var (field, request) in cases)
        {
            var failure = await Assert.ThrowsAsync<RpcException>(async () => await client.GetMetricsAsync(request, caller));
            answers.Add((field, failure.StatusCode, failure.Status.Detail.StartsWith(field, StringComparison.Ordinal)));
        }

        Assert.Equal(cases.Select(c => (c.Field, StatusCode.InvalidArgument, true)), answers);
    }

    [Fact]
    public async Task Analysts_and_admins_read_KPIs_and_only_admins_rebuild_them()
    {
        var tenant = InsightsApiFactory.NewTenant("kpis-roles");

        var asAgent = await factory.CreateClient(tenant, CxRoles.Agent).GetAsync($"/api/v1/metrics?metric=csat&{DayRange}");
        var asAdmin = await factory.CreateClient(tenant, CxRoles.Admin).GetAsync($"/api/v1/metrics?metric=csat&{DayRange}");
        var rebuildAsAnalyst = await factory.CreateClient(tenant, CxRoles.Analyst).PostAsync("/api/v1/metrics/rebuild", null);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.Forbidden), (asAgent.StatusCode, asAdmin.StatusCode, rebuildAsAnalyst.StatusCode));
        Assert.Equal(0, await Sql.CountAsync(factory.DatabaseConnectionString, "metric_buckets", $"\"TenantId\" = '{tenant}'"));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_metrics_query_and_the_rebuild()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        var parameters = paths.GetProperty("/api/v1/metrics").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["agent", "careGoal", "channel", "from", "groupBy", "metric", "period", "priority", "surveyKind", "team", "ticketType", "to"],
            parameters.Order(StringComparer.Ordinal));
        Assert.True(paths.GetProperty("/api/v1/metrics/rebuild").TryGetProperty("post", out _));
    }

    /// <summary>
    /// Three tickets (two by e-mail: first replies after 2 and 10 min, one solved after 4 h and reopened; one chat: replied after
    /// 1 min), four CSAT and four NPS invitations, CSAT 5/4/2, NPS 10/9/3/7, one care-goal obligation met and one missed.
    /// </summary>
    private static List<IIntegrationEvent> MixedStream(string tenant, DateTimeOffset? day = null)
    {
        var d = day ?? Day;
        Guid t1 = Guid.NewGuid(), t2 = Guid.NewGuid(), t3 = Guid.NewGuid(), goal = Guid.NewGuid();
        List<IIntegrationEvent> events =
        [
            MetricEvents.Reopened(tenant, t1, TicketChannels.Email, d.AddHours(14)),
            MetricEvents.Solved(tenant, t1, TicketChannels.Email, d.AddHours(9), TimeSpan.FromHours(4)),
            MetricEvents.FirstReply(tenant, t1, TicketChannels.Email, d.AddHours(9), TimeSpan.FromMinutes(2)),
            MetricEvents.Created(tenant, t1, TicketChannels.Email, d.AddHours(9)),
            MetricEvents.Created(tenant, t2, TicketChannels.Email, d.AddHours(10)),
            MetricEvents.FirstReply(tenant, t2, TicketChannels.Email, d.AddHours(10), TimeSpan.FromMinutes(10)),
            MetricEvents.FirstReply(tenant, t3, TicketChannels.Chat, d.AddHours(11), TimeSpan.FromMinutes(1)),
            MetricEvents.Created(tenant, t3, TicketChannels.Chat, d.AddHours(11)),
            MetricEvents.CompletedForGoal(tenant, goal, d.AddHours(16), d.AddHours(17)),
            MetricEvents.GoalMissed(tenant, goal, d.AddHours(17)),
        ];
        events.AddRange(new[] { 5, 4, 2 }.Select(score => MetricEvents.Answered(tenant, SurveyKinds.Csat, score, d.AddHours(15))));
        events.AddRange(new[] { 10, 9, 3, 7 }.Select(score => MetricEvents.Answered(tenant, SurveyKinds.Nps, score, d.AddHours(15))));
        events.AddRange(Enumerable.Range(0, 4).Select(_ => MetricEvents.Invited(tenant, SurveyKinds.Csat, d.AddHours(12))));
        events.AddRange(Enumerable.Range(0, 4).Select(_ => MetricEvents.Invited(tenant, SurveyKinds.Nps, d.AddHours(12))));
        return events;
    }

    private async Task PublishAndWaitAsync(string tenant, IReadOnlyList<IIntegrationEvent> events, long expectedTouchpoints)
    {
        foreach (var message in events)
        {
            await factory.PublishAsync((dynamic)message);
        }
        Assert.Equal(expectedTouchpoints, await Eventually.ReturnsAsync(() => Rows.TouchpointsAsync(factory, tenant), n => n >= expectedTouchpoints));
    }

    private static async Task<MetricsResult> ValuesAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<MetricsResult>($"/api/v1/metrics?{query}"))!;

    private static async Task<MetricRebuildReport> RebuildAsync(HttpClient admin)
    {
        var response = await admin.PostAsync("/api/v1/metrics/rebuild", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MetricRebuildReport>())!;
    }

    /// <summary>Every bucket of the tenant as one line, in key order.</summary>
    private Task<string> BucketsAsync(string tenant) => Sql.ScalarAsync<string>(factory.DatabaseConnectionString, $"""
        SELECT string_agg(concat_ws('|', "Version", "Metric", "HourStart", "Channel", "Team", "Agent", "TicketType", "Priority", "SurveyKind", "CareGoal",
            "Bin", "Count", "Hits", "Misses", "Sum"), E'\n' ORDER BY "Metric", "HourStart", "Channel", "Team", "Agent", "TicketType", "Priority", "SurveyKind", "CareGoal", "Bin")
        FROM metric_buckets WHERE "TenantId" = '{tenant}'
        """);

    private static Timestamp At(int days) => Timestamp.FromDateTimeOffset(Day.AddDays(days));
}
