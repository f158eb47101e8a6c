using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.State;
using Npgsql;

namespace CxPlatform.AppHost.Hosting.Servers;

/// <summary>A server that already runs and was configured as <c>ConnectionStrings__{name}</c>: used as it is, never stopped.</summary>
internal sealed class ExternalServer(string connectionString, ResourceEndpoint endpoint) : IServerInstance
{
    public string Source => "configured connection string";

    public static ExternalServer For(ServerResource resource, string connectionString) => resource switch
    {
        PostgresServerResource => new ExternalServer(connectionString, PostgresEndpoint(connectionString)),
        _ => new ExternalServer(connectionString, AmqpEndpoint(connectionString)),
    };

    public Task<ServerAddress> StartAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new ServerAddress(connectionString, [endpoint]));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static ResourceEndpoint PostgresEndpoint(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        return new ResourceEndpoint("tcp", $"tcp://{settings.Host}:{settings.Port}");
    }

    private static ResourceEndpoint AmqpEndpoint(string connectionString)
    {
        var uri = new Uri(connectionString);
        return new ResourceEndpoint("amqp", $"{uri.Scheme}://{uri.Host}:{uri.Port}");
    }
}
