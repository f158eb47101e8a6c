using CxPlatform.Contracts.Grpc.Insights;
using CxPlatform.Insights.Apis;
using CxPlatform.Insights.Metrics;
using CxPlatform.Insights.Timeline;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using InsightsContract = CxPlatform.Contracts.Grpc.Insights.Insights;

namespace CxPlatform.Insights.Grpc;

/// <summary>
/// What Insights knows about a customer, and the KPIs, for other services; the tenant is the caller's token's.
/// </summary>
internal sealed class InsightsGrpcService(CustomerTimeline timeline, MetricsReader metrics, TimeProvider time) : InsightsContract.InsightsBase
{
    public const int DefaultTouchpoints = 20;
    public const int DefaultScores = 10;
    public const int MaxItems = 100;

    /// <remarks>An unknown customer is an empty context (no stage, no touchpoints), as the contract asks, not NOT_FOUND.</remarks>
    public override async Task<CustomerContext> GetCustomerContext(GetCustomerContextRequest request, ServerCallContext context)
    {
        var customerId = GrpcArguments.Uuid(request.CustomerId, "customer_id");
        var maxTouchpoints = GrpcArguments.Count(request.MaxTouchpoints, DefaultTouchpoints, MaxItems, "max_touchpoints");
        var maxScores = GrpcArguments.Count(request.MaxScores, DefaultScores, MaxItems, "max_scores");
        var cancellationToken = context.CancellationToken;

        var answer = new CustomerContext { CustomerId = customerId.ToString(), ComputedAt = Timestamp.FromDateTimeOffset(time.GetUtcNow()) };
        if (await timeline.SnapshotAsync(customerId, cancellationToken) is { } snapshot)
        {
            answer.JourneyStage = snapshot.Journey.Stage;
            answer.AtRisk = snapshot.AtRisk;
            answer.RiskReasons.Add(snapshot.RiskReasons);
            if (snapshot.State.HealthScore is { } score)
            {
                answer.HealthScore = score;
            }
        }
        var recent = await timeline.PageAsync(customerId, null, null, maxTouchpoints, cancellationToken);
        answer.RecentTouchpoints.Add(recent.Items.Select(ContextMessages.ToMessage));
        var scores = await timeline.RecentResponsesAsync(customerId, maxScores, cancellationToken);
        answer.RecentScores.Add(scores.Select(SurveyScoreEntry.From).Select(ContextMessages.ToMessage));
        return answer;
    }

    /// <remarks>The same series as REST <c>GET api/v1/metrics</c>.</remarks>
    public override async Task<GetMetricsResponse> GetMetrics(GetMetricsRequest request, ServerCallContext context) =>
        MetricMessages.ToMessage(await metrics.ReadAsync(MetricMessages.ToQuery(request), context.CancellationToken));
}
