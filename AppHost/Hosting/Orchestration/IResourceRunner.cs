namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>Runs one resource for the orchestrator; disposing it stops the resource.</summary>
internal interface IResourceRunner : IAsyncDisposable
{
    /// <summary>Work that needs no other resource (building a project), done while the dependencies start.</summary>
    Task PrepareAsync(CancellationToken cancellationToken);

    /// <summary>Starts the resource once its dependencies are healthy; returns when it runs, not when it is healthy.</summary>
    Task StartAsync(CancellationToken cancellationToken);

    Task<bool> IsHealthyAsync(CancellationToken cancellationToken);
}
