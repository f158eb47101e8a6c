using CxPlatform.AppHost.Hosting.Model;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Hosting;

/// <summary>What a callback registered with <see cref="DistributedApplicationBuilder.WhenAllResourcesHealthy"/> can reach.</summary>
public sealed class AllResourcesHealthyContext(DistributedApplicationModel model, DevelopmentCredentials credentials, TimeProvider time, ILogger logger)
{
    public TimeProvider Time { get; } = time;

    public ILogger Logger { get; } = logger;

    /// <summary>The REST address of a project, e.g. <c>http://127.0.0.1:5123</c>.</summary>
    public Uri HttpUrlOf(string projectName) =>
        new(model.Projects.SingleOrDefault(project => project.Name == projectName)?.HttpUrl
            ?? throw new ArgumentException($"No project named '{projectName}'.", nameof(projectName)));

    /// <summary>A development token signed with this run's key, as the dashboard mints them.</summary>
    public string CreateToken(string tenant, IEnumerable<string> roles) => credentials.CreateToken(tenant, roles);
}
