using CxPlatform.Insights.Metrics;
using CxPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPlatform.Insights.Apis;

/// <summary>KPI series for dashboards (the same answer as gRPC <c>GetMetrics</c>), and the rebuild from the event store.</summary>
public static class MetricsApi
{
    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/metrics").WithTags("Metrics");

        api.MapGet("/", GetMetrics).WithName("GetMetrics").RequireAuthorization(CxPolicies.Analyst)
            .WithSummary("KPI series per period (hour, day, week, month in UTC), filtered and split by dimensions");
        api.MapPost("/rebuild", Rebuild).WithName("RebuildMetrics").RequireAuthorization(CxPolicies.Admin)
            .WithSummary("Recomputes the tenant's KPI buckets from the event store and reports how many differed");
        return app;
    }

    public static async Task<Ok<MetricsResult>> GetMetrics([AsParameters] MetricsRequest request, MetricsReader reader, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.ReadAsync(request.ToQuery(), cancellationToken));

    public static async Task<Ok<MetricRebuildReport>> Rebuild(MetricRebuilder rebuilder, CancellationToken cancellationToken) =>
        TypedResults.Ok(await rebuilder.RebuildAsync(cancellationToken));
}
