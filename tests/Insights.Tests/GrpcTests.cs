using CxPlatform.Contracts;
using CxPlatform.Contracts.Grpc.Insights;
using CxPlatform.Insights.Domain;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using Grpc.Core;

namespace CxPlatform.Insights.Tests;

/// <summary>GetCustomerContext as CareOutreach calls it (GetMetrics: MetricsTests).</summary>
public sealed class GrpcTests(InsightsApiFactory factory) : IClassFixture<InsightsApiFactory>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await factory.WaitUntilReadyAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_known_customer_has_a_stage_recent_touchpoints_and_recent_scores_newest_first()
    {
        var tenant = InsightsApiFactory.NewTenant("grpc-known");
        var customer = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow.AddDays(-2);
        await Touchpoints.RecordBatchAsync(factory.CreateClient(tenant, CxRoles.Service),
            Touchpoints.Order(customer, at, "o1"), Touchpoints.Order(customer, at.AddHours(1), "o2"));
        var response = PlatformEvents.SurveyResponded(tenant, customer, at.AddHours(2), SurveyKinds.Nps, 10);
        await factory.PublishAsync(response);
        await Eventually.ReturnsAsync(() => Rows.TouchpointsAsync(factory, tenant), n => n == 3);

        var context = await InsightsGrpc.Client(factory).GetCustomerContextAsync(
            new GetCustomerContextRequest { CustomerId = customer.ToString(), MaxTouchpoints = 2 }, InsightsGrpc.As(tenant, CxRoles.Service));

        Assert.Equal((JourneyStages.Loyal, false, 0), (context.JourneyStage, context.AtRisk, context.RiskReasons.Count));
        Assert.Equal(100, context.HealthScore); // promoter, no tickets, active
        Assert.Equal([PlatformKinds.SurveyResponded, TouchpointKinds.OrderPlaced], context.RecentTouchpoints.Select(t => t.Kind));
        Assert.Equal("A-1", context.RecentTouchpoints[1].Attributes["order_id"]);
        var score = Assert.Single(context.RecentScores);
        Assert.Equal((SurveyKinds.Nps, (int?)10, NpsCategories.Promoter), (score.SurveyKind, score.Score, score.Category));
    }

    [Fact]
    public async Task An_unknown_customer_is_an_empty_context_not_an_error()
    {
        var customer = Guid.NewGuid();

        var context = await InsightsGrpc.Client(factory).GetCustomerContextAsync(
            new GetCustomerContextRequest { CustomerId = customer.ToString() }, InsightsGrpc.As(InsightsApiFactory.NewTenant("grpc-unknown"), CxRoles.Service));

        Assert.Equal((customer.ToString(), "", 0, 0), (context.CustomerId, context.JourneyStage, context.RecentTouchpoints.Count, context.RecentScores.Count));
        Assert.NotNull(context.ComputedAt);
    }

    [Theory]
    [InlineData("not-a-uuid", 0, 0, "customer_id")]
    [InlineData("", 0, 0, "customer_id")]
    [InlineData("8d0c3c56-1a8a-4a39-9a53-3cc84d2ee2b1", 101, 0, "max_touchpoints")]
    [InlineData("8d0c3c56-1a8a-4a39-9a53-3cc84d2ee2b1", 0, -1, "max_scores")]
    public async Task Bad_arguments_are_INVALID_ARGUMENT_naming_the_field(string customerId, int maxTouchpoints, int maxScores, string field)
    {
        var failure = await Assert.ThrowsAsync<RpcException>(async () => await InsightsGrpc.Client(factory).GetCustomerContextAsync(
            new GetCustomerContextRequest { CustomerId = customerId, MaxTouchpoints = maxTouchpoints, MaxScores = maxScores },
            InsightsGrpc.As("grpc-bad", CxRoles.Service)));

        Assert.Equal(StatusCode.InvalidArgument, failure.StatusCode);
        Assert.StartsWith(field, failure.Status.Detail);
    }

    [Fact]
    public async Task Only_services_and_admins_call_it_and_an_empty_GetMetrics_request_is_invalid()
    {
        var client = InsightsGrpc.Client(factory);
        var request = new GetCustomerContextRequest { CustomerId = Guid.NewGuid().ToString() };

        var asAgent = await Assert.ThrowsAsync<RpcException>(async () => await client.GetCustomerContextAsync(request, InsightsGrpc.As("grpc-roles", CxRoles.Agent)));
        var metrics = await Assert.ThrowsAsync<RpcException>(async () => await client.GetMetricsAsync(new GetMetricsRequest(), InsightsGrpc.As("grpc-roles", CxRoles.Service)));

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.InvalidArgument), (asAgent.StatusCode, metrics.StatusCode));
    }
}
