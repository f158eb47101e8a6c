using CxPlatform.DevEnvironment;
using System.Globalization;
using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.State;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;
using Microsoft.Extensions.Logging;
using Npgsql;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace CxPlatform.AppHost.Hosting.Servers;

/// <summary>PostgreSQL and RabbitMQ containers with the official images' contract, each with a fresh password.</summary>
internal sealed class ContainerServerFactory(ILoggerFactory loggers)
{
    private const int RabbitMqManagementPort = 15672;
    private readonly ILogger _testcontainersLogger = loggers.CreateLogger("Testcontainers");

    public IServerInstance Create(ServerResource resource) => resource switch
    {
        PostgresServerResource postgres => Postgres(postgres),
        RabbitMQServerResource rabbitMq => RabbitMq(rabbitMq),
        _ => throw new NotSupportedException($"No container for {resource.Type} resources."),
    };

    private ContainerServer Postgres(PostgresServerResource resource)
    {
        var password = ServerPassword.New();
        var container = new PostgreSqlBuilder(ContainerImages.Postgres)
            .WithPortBinding(HostPort(), PostgreSqlBuilder.PostgreSqlPort)
            .WithUsername(PostgresServerResource.UserName)
            .WithPassword(password)
            .WithName(ContainerName(resource))
            .WithLabel(ContainerEngine.OwnerLabel, OwnerId)
            .WithLogger(_testcontainersLogger)
            .Build();
        return new ContainerServer(container, ContainerImages.Postgres, started =>
        {
            var host = PublishedHost(started);
            var port = started.GetMappedPublicPort(PostgreSqlBuilder.PostgreSqlPort);
            var connectionString = new NpgsqlConnectionStringBuilder
            {
                Host = host,
                Port = port,
                Username = PostgresServerResource.UserName,
                Password = password,
            }.ConnectionString;
            return new ServerAddress(connectionString, [new ResourceEndpoint("tcp", $"tcp://{host}:{port}")]);
        });
    }

    private ContainerServer RabbitMq(RabbitMQServerResource resource)
    {
        var password = ServerPassword.New();
        var container = new RabbitMqBuilder(ContainerImages.RabbitMq)
            .WithUsername(RabbitMQServerResource.UserName)
            .WithPassword(password)
            .WithPortBinding(HostPort(), RabbitMqBuilder.RabbitMqPort)
            .WithPortBinding(HostPort(), RabbitMqManagementPort)
            .WithName(ContainerName(resource))
            .WithLabel(ContainerEngine.OwnerLabel, OwnerId)
            .WithLogger(_testcontainersLogger)
            .Build();
        return new ContainerServer(container, ContainerImages.RabbitMq, started =>
        {
            var host = PublishedHost(started);
            var amqpPort = started.GetMappedPublicPort(RabbitMqBuilder.RabbitMqPort);
            var managementPort = started.GetMappedPublicPort(RabbitMqManagementPort);
            return new ServerAddress(
                $"amqp://{RabbitMQServerResource.UserName}:{password}@{host}:{amqpPort}",
                [new ResourceEndpoint("amqp", $"amqp://{host}:{amqpPort}"), new ResourceEndpoint("management", $"http://{host}:{managementPort}")]);
        });
    }

    /// <summary>
    /// A local engine publishes ports on every interface of this machine, so loopback reaches them whatever address
    /// Testcontainers guesses (under Podman it names the bridge's gateway); a remote engine's ports are on its host.
    /// </summary>
    private static string PublishedHost(IContainer container) =>
        TestcontainersSettings.OS.DockerEndpointAuthConfig?.Endpoint.Scheme is "unix" or "npipe" ? "127.0.0.1" : container.Hostname;

    /// <summary>
    /// A free host port chosen now rather than by the engine at each start, so that a server stopped and started again from
    /// the dashboard keeps the address its dependents were given.
    /// </summary>
    private static int HostPort() => LoopbackPort.Next();

    private static string OwnerId => Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    // Unique per AppHost process, so colleagues' AppHosts on the same engine do not collide.
    private static string ContainerName(IResource resource) => $"cxplatform-{resource.Name}-{OwnerId}";
}
