using CxPlatform.AppHost.Hosting.Model;
using Microsoft.Extensions.Configuration;

namespace CxPlatform.AppHost.Hosting.Servers;

/// <summary>
/// Chooses where a server comes from: the connection string configured for it; else a container when an engine answers;
/// else the local installation (<see cref="AppHostOptions.Servers"/> can insist on one of the last two).
/// </summary>
internal sealed class ServerInstanceFactory(
    IConfiguration configuration, AppHostOptions options, ContainerEngine engine, ContainerServerFactory containers, LocalServerFactory localServers)
{
    public async Task<IServerInstance> CreateAsync(ServerResource resource, CancellationToken cancellationToken)
    {
        if (configuration.GetConnectionString(resource.Name) is { Length: > 0 } configured)
        {
            return ExternalServer.For(resource, configured);
        }
        if (options.Servers != ServerMode.Local && await engine.IsAvailableAsync(cancellationToken))
        {
            return containers.Create(resource);
        }
        if (options.Servers != ServerMode.Container && localServers.TryCreate(resource) is { } local)
        {
            return local;
        }
        throw new InvalidOperationException(options.Servers switch
        {
            ServerMode.Container => $"'{resource.Name}' needs a container engine, and none answers: run eng/setup.sh, or configure ConnectionStrings__{resource.Name}.",
            ServerMode.Local => $"'{resource.Name}' needs a local {resource.Type} installation, and there is none: configure ConnectionStrings__{resource.Name}.",
            _ => $"'{resource.Name}' needs a container engine (run eng/setup.sh), a local {resource.Type} installation, or ConnectionStrings__{resource.Name}.",
        });
    }
}
