using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.Orchestration;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Hosting.Servers;

/// <summary>Servers from the machine's own Debian packages, for when no container engine answers.</summary>
internal sealed class LocalServerFactory(AppHostPaths paths, ResourceOutput output, ILoggerFactory loggers)
{
    public IServerInstance? TryCreate(ServerResource resource) => resource switch
    {
        PostgresServerResource postgres when LocalPostgresInstallation.Find() is { } installation =>
            new LocalPostgresServer(postgres, installation, paths, loggers.CreateLogger<LocalPostgresServer>()),
        RabbitMQServerResource rabbitMq when File.Exists(LocalRabbitMqServer.ServerCommand) =>
            new LocalRabbitMqServer(rabbitMq, paths, output, loggers.CreateLogger<LocalRabbitMqServer>()),
        _ => null,
    };
}
