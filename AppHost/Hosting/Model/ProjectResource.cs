namespace CxPlatform.AppHost.Hosting.Model;

/// <summary>A .NET service built from its project and run as a child process on a loopback port of its own.</summary>
public sealed class ProjectResource(string name, string projectPath, int httpPort, int grpcPort) : Resource(name, "project")
{
    private readonly List<IResourceWithConnectionString> _references = [];
    private readonly Dictionary<string, string> _environment = new(StringComparer.Ordinal);

    public string ProjectPath { get; } = projectPath;

    /// <summary>Chosen once per run, so the address other services were given stays right across restarts.</summary>
    public string HttpUrl { get; } = $"http://127.0.0.1:{httpPort}";

    /// <summary>
    /// Cleartext HTTP/2 for gRPC: Kestrel cannot serve HTTP/1.1 and h2c on one cleartext port, so every service gets a second
    /// endpoint named <c>grpc</c>, as an Aspire AppHost would declare with <c>WithEndpoint("grpc", ...)</c>.
    /// </summary>
    public string GrpcUrl { get; } = $"http://127.0.0.1:{grpcPort}";

    /// <summary>Sent as <c>service.instance.id</c>, stable for the run like an Aspire resource instance.</summary>
    public string InstanceId { get; } = $"{name}-{Guid.NewGuid().ToString("N")[..8]}";

    public IReadOnlyCollection<IResourceWithConnectionString> References => _references;

    /// <summary>Variables of this project only (e.g. a secret the AppHost generates for one service).</summary>
    public IReadOnlyDictionary<string, string> Environment => _environment;

    internal void SetEnvironment(string name, string value) => _environment[name] = value;

    internal void AddReference(IResourceWithConnectionString resource)
    {
        if (!_references.Contains(resource))
        {
            _references.Add(resource);
        }
    }
}
