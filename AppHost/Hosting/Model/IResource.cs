using CxPlatform.AppHost.Hosting.State;

namespace CxPlatform.AppHost.Hosting.Model;

/// <summary>Something the AppHost runs: a server, a database, a service.</summary>
public interface IResource
{
    string Name { get; }

    /// <summary>A short kind for people: <c>postgres</c>, <c>database</c>, <c>rabbitmq</c>, <c>project</c>.</summary>
    string Type { get; }

    ResourceStatus Status { get; }

    ResourceLog Log { get; }

    /// <summary>Resources that must be running and healthy before this one starts.</summary>
    IReadOnlyCollection<IResource> WaitsFor { get; }
}
