namespace CxPlatform.AppHost.Hosting.State;

/// <summary>An immutable view of a resource's state at one moment: what the dashboard and its API show.</summary>
public sealed record ResourceSnapshot(
    string Name,
    string Type,
    ResourceState State,
    ResourceHealth Health,
    IReadOnlyList<ResourceEndpoint> Endpoints,
    string? Source,
    int? ProcessId,
    DateTimeOffset? StartedAt,
    TimeSpan? Uptime,
    int Restarts,
    int? LastExitCode,
    bool Controllable);
