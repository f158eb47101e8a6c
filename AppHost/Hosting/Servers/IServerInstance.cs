namespace CxPlatform.AppHost.Hosting.Servers;

/// <summary>
/// One PostgreSQL or RabbitMQ server for this run, wherever it comes from: a container, a local installation, or a
/// server someone configured. Disposing it stops what the AppHost started, and only that.
/// </summary>
internal interface IServerInstance : IAsyncDisposable
{
    /// <summary>Where the server comes from, for people: <c>container postgres:16-alpine</c>, <c>local /usr/lib/postgresql/15</c>…</summary>
    string Source { get; }

    /// <summary>Starts the server; after <see cref="StopAsync"/>, starts it again with its data, at the same address.</summary>
    Task<ServerAddress> StartAsync(CancellationToken cancellationToken);

    /// <summary>Whether <see cref="StopAsync"/> is possible: only for a server the AppHost runs in a container.</summary>
    bool CanStop => false;

    /// <summary>Stops the server and keeps its data.</summary>
    Task StopAsync(CancellationToken cancellationToken) => throw new NotSupportedException($"{Source} cannot be stopped by the AppHost.");
}
