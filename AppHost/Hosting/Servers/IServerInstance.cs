namespace CxPlatform.AppHost.Hosting.Servers;

/// <summary>
/// One PostgreSQL or RabbitMQ server for this run, wherever it comes from: a container, a local installation, or a
/// server someone configured. Disposing it stops what the AppHost started, and only that.
/// </summary>
internal interface IServerInstance : IAsyncDisposable
{
    /// <summary>Where the server comes from, for people: <c>container postgres:16-alpine</c>, <c>local /usr/lib/postgresql/15</c>…</summary>
    string Source { get; }

    Task<ServerAddress> StartAsync(CancellationToken cancellationToken);
}
