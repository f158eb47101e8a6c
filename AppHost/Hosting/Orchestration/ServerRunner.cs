using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.Servers;
using CxPlatform.AppHost.Hosting.State;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>
/// Runs a PostgreSQL or RabbitMQ server; one in a container can be stopped and started again from the dashboard, with its
/// data and at the same address, so dependents reconnect by themselves.
/// </summary>
internal sealed class ServerRunner(ServerResource server, ServerInstanceFactory servers, TimeProvider time, ILogger<ServerRunner> logger)
    : IResourceRunner, IControllableRunner
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IServerInstance? _instance;

    public bool CanControl => _instance?.CanStop == true;

    public Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _instance = await servers.CreateAsync(server, cancellationToken);
        server.Status.SetSource(_instance.Source);
        server.Status.SetControllable(_instance.CanStop);
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

    public Task StopAsync() => UnderGateAsync(StopCoreAsync);

    public Task StartAgainAsync() => UnderGateAsync(() => server.Status.State == ResourceState.Running ? Task.CompletedTask : StartAgainCoreAsync());

    public Task RestartAsync() => UnderGateAsync(async () =>
    {
        await StopCoreAsync();
        await StartAgainCoreAsync();
    });

    private async Task StopCoreAsync()
    {
        await _instance!.StopAsync(CancellationToken.None);
        server.Status.MarkStopped(exitCode: null);
    }

    private async Task StartAgainCoreAsync()
    {
        var address = await _instance!.StartAsync(CancellationToken.None);
        if (address.ConnectionString != server.ConnectionString)
        {
            logger.LogWarning("{Resource} came back at another address; its dependents keep the old one until they restart", server.Name);
        }
        server.Status.CountRestart();
        server.Status.MarkRunning(time.GetUtcNow());
    }

    private async Task UnderGateAsync(Func<Task> action)
    {
        await _gate.WaitAsync();
        try
        {
            await action();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_instance is not null)
        {
            await _instance.DisposeAsync();
        }
        _gate.Dispose();
    }
}
