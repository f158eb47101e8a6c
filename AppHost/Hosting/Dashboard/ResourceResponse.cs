using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.State;

namespace CxPlatform.AppHost.Hosting.Dashboard;

/// <summary>One resource as <c>GET /api/resources</c> shows it.</summary>
public sealed record ResourceResponse(
    string Name,
    string Type,
    ResourceState State,
    ResourceHealth Health,
    string? Source,
    IReadOnlyList<ResourceEndpoint> Endpoints,
    int? ProcessId,
    DateTimeOffset? StartedAt,
    double? UptimeSeconds,
    int Restarts,
    int? LastExitCode,
    IReadOnlyList<string> WaitsFor,
    string? ConnectionString,
    bool Controllable)
{
    public static ResourceResponse From(IResource resource, DateTimeOffset now)
    {
        var snapshot = resource.Status.Snapshot(now);
        return new ResourceResponse(
            snapshot.Name, snapshot.Type, snapshot.State, snapshot.Health, snapshot.Source, snapshot.Endpoints, snapshot.ProcessId,
            snapshot.StartedAt, snapshot.Uptime is { } uptime ? Math.Round(uptime.TotalSeconds, 1) : null, snapshot.Restarts,
            snapshot.LastExitCode, [.. resource.WaitsFor.Select(dependency => dependency.Name)],
            (resource as IResourceWithConnectionString)?.ConnectionString, snapshot.Controllable);
    }
}
