using DotNet.Testcontainers.Containers;

namespace CxPlatform.AppHost.Hosting.Servers;

/// <summary>A server in a container started through Testcontainers; disposing it removes the container.</summary>
internal sealed class ContainerServer(IContainer container, string image, Func<IContainer, ServerAddress> address) : IServerInstance
{
    public string Source => $"container {image}";

    public async Task<ServerAddress> StartAsync(CancellationToken cancellationToken)
    {
        await container.StartAsync(cancellationToken);
        return address(container);
    }

    public ValueTask DisposeAsync() => container.DisposeAsync();
}
