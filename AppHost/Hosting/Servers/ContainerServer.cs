using DotNet.Testcontainers.Containers;

namespace CxPlatform.AppHost.Hosting.Servers;

/// <summary>
/// A server in a container started through Testcontainers; it can be stopped and started again (its host ports are fixed at
/// creation, so its address stays the same); disposing it removes the container.
/// </summary>
internal sealed class ContainerServer(IContainer container, string image, Func<IContainer, ServerAddress> address) : IServerInstance
{
    public string Source => $"container {image}";

    public async Task<ServerAddress> StartAsync(CancellationToken cancellationToken)
    {
        await container.StartAsync(cancellationToken);
        return address(container);
    }

    public bool CanStop => true;

    public Task StopAsync(CancellationToken cancellationToken) => container.StopAsync(cancellationToken);

    public ValueTask DisposeAsync() => container.DisposeAsync();
}
