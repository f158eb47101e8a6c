namespace CxPlatform.AppHost.Hosting.Model;

/// <summary>A .NET service built from its project and run as a child process on a loopback port of its own.</summary>
public sealed class ProjectResource(string name, string projectPath, int httpPort) : Resource(name, "project")
{
    private readonly List<IResourceWithConnectionString> _references = [];

    public string ProjectPath { get; } = projectPath;

    /// <summary>Chosen once per run, so the address other services were given stays right across restarts.</summary>
    public string HttpUrl { get; } = $"http://127.0.0.1:{httpPort}";

    /// <summary>Sent as <c>service.instance.id</c>, stable for the run like an Aspire resource instance.</summary>
    public string InstanceId { get; } = $"{name}-{Guid.NewGuid().ToString("N")[..8]}";

    public IReadOnlyCollection<IResourceWithConnectionString> References => _references;

    internal void AddReference(IResourceWithConnectionString resource)
    {
        if (!_references.Contains(resource))
        {
            _references.Add(resource);
        }
    }
}
