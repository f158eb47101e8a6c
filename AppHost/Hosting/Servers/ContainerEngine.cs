using CxPlatform.DevEnvironment;
using System.Globalization;
using CxPlatform.AppHost.Hosting.Processes;
using Docker.DotNet;
using Docker.DotNet.Models;
using DotNet.Testcontainers.Configurations;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Hosting.Servers;

/// <summary>Whether a Docker-compatible engine (Docker, or Podman's Docker API) answers; asked once per run.</summary>
internal sealed class ContainerEngine(ILogger<ContainerEngine> logger) : IDisposable
{
    /// <summary>Marks the containers of one AppHost process, so a later run can remove those of one that was killed.</summary>
    public const string OwnerLabel = "org.cxplatform.apphost.pid";

    private static readonly TimeSpan PingTimeout = TimeSpan.FromSeconds(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool? _available;

    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _available ??= await ProbeAsync(cancellationToken);
            return _available.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        // Testcontainers reads DOCKER_HOST once, on first use: the recorded settings must be in place before.
        ContainerImages.ApplyEngineSettings();
        var endpoint = TestcontainersSettings.OS.DockerEndpointAuthConfig;
        if (endpoint is null)
        {
            logger.LogInformation("No container engine found");
            return false;
        }
        try
        {
            using var client = endpoint.GetDockerClientBuilder(Guid.NewGuid()).Build();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(PingTimeout);
            await client.System.PingAsync(timeout.Token);
            await RemoveLeftoversAsync(client, cancellationToken);
            logger.LogInformation("Container engine answers at {Endpoint}", endpoint.Endpoint);
            return true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("The container engine at {Endpoint} does not answer: {Reason}", endpoint.Endpoint, exception.Message);
            return false;
        }
    }

    private async Task RemoveLeftoversAsync(IDockerClient client, CancellationToken cancellationToken)
    {
        var containers = await client.Containers.ListContainersAsync(
            new ContainersListParameters
            {
                All = true,
                Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [OwnerLabel] = true } },
            },
            cancellationToken);
        foreach (var container in containers)
        {
            if (container.Labels.TryGetValue(OwnerLabel, out var owner)
                && int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var ownerId)
                && !ProcessSignals.IsAlive(ownerId))
            {
                logger.LogWarning("Removing container {Container}, left behind by AppHost {OwnerId}", container.Names.FirstOrDefault() ?? container.ID, ownerId);
                await client.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true }, cancellationToken);
            }
        }
    }
}
