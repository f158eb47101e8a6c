using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.Servers;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Hosting.Orchestration;

internal sealed class ServerRunner(ServerResource server, ServerInstanceFactory servers, TimeProvider time, ILogger<ServerRunner> logger) : IResourceRunner
{
    private IServerInstance? _instance;

    public Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _instance = await servers.CreateAsync(server, cancellationToken);
        server.Status.SetSource(_instance.Source);
        logger.LogInformation("Starting {Resource} from {Source}", server.Name, _instance.Source);

        var address = await _instance.StartAsync(cancellationToken);
        server.ConnectionString = address.ConnectionString;
        server.Status.SetEndpoints(address.Endpoints);
        server.Status.MarkRunning(time.GetUtcNow());
    }

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken) => server switch
    {
        PostgresServerResource => PostgresProbe.IsReadyAsync(server.ConnectionString, cancellationToken),
        _ => RabbitMqProbe.IsReadyAsync(server.ConnectionString, cancellationToken),
    };

    public async ValueTask DisposeAsync()
    {
        if (_instance is not null)
        {
            await _instance.DisposeAsync();
        }
    }
}
