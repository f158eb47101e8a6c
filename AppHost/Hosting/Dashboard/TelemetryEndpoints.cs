using CxPlatform.AppHost.Otlp;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPlatform.AppHost.Hosting.Dashboard;

/// <summary>What the services sent over OTLP, for the dashboard's structured logs, traces and metrics views.</summary>
internal static class TelemetryEndpoints
{
    public static RouteGroupBuilder MapTelemetryApi(this RouteGroupBuilder api)
    {
        api.MapGet("/traces", (string? service, string? search, int? limit, TraceStore traces) =>
                TypedResults.Ok(traces.List(service, search, Math.Clamp(limit ?? 100, 1, 1000))))
            .WithName("ListTraces");
        api.MapGet("/traces/{traceId}", Results<Ok<TraceDetail>, NotFound> (string traceId, TraceStore traces) =>
                traces.Find(traceId) is { } trace ? TypedResults.Ok(trace) : TypedResults.NotFound())
            .WithName("GetTrace");
        api.MapGet("/logs", (string? service, string? level, string? search, int? limit, LogStore logs) =>
                TypedResults.Ok(logs.Query(service, level, search, Math.Clamp(limit ?? 200, 1, 5000))))
            .WithName("ListStructuredLogs");
        api.MapGet("/metrics", (string? service, string? name, MetricStore metrics) => TypedResults.Ok(metrics.List(service, name)))
            .WithName("ListMetrics");
        return api;
    }
}
