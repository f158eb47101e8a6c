using System.Collections.Concurrent;
using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.Processes;
using CxPlatform.AppHost.Hosting.State;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>
/// Starts every resource as soon as what it waits for is healthy (independent ones together), watches their health, and
/// stops them in reverse order when the AppHost stops or fails to start.
/// </summary>
internal sealed class Orchestrator(
    DistributedApplicationModel model,
    ResourceRunnerFactory runnerFactory,
    ProcessLedger ledger,
    StartupReport report,
    DevelopmentCredentials credentials,
    AppHostOptions options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<Orchestrator> logger) : BackgroundService
{
    private static readonly TimeSpan StartupHealthPollInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan HealthMonitorInterval = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<IResource, IResourceRunner> _runners = new();
    private readonly Dictionary<IResource, TaskCompletionSource> _started = Signals(model);
    private readonly Dictionary<IResource, TaskCompletionSource> _healthy = Signals(model);
    private readonly SemaphoreSlim _stopGate = new(1, 1);
    private readonly CancellationTokenSource _shutdown = new();
    private bool _stopped;

    /// <summary>
    /// Stops, starts or restarts a resource's process on request. A stopped resource stays stopped (a crashed one is
    /// restarted with the usual backoff); a start after a stop and a restart count as restarts.
    /// </summary>
    public async Task<ResourceCommandOutcome> ExecuteCommandAsync(IResource resource, ResourceCommand command)
    {
        if (_stopped || !_started[resource].Task.IsCompletedSuccessfully || !_runners.TryGetValue(resource, out var runner))
        {
            return ResourceCommandOutcome.NotReady;
        }
        if (runner is not IControllableRunner { CanControl: true } controllable)
        {
            return ResourceCommandOutcome.NotSupported;
        }
        logger.LogInformation("{Command} {Resource} (requested on the dashboard)", command, resource.Name);
        await (command switch
        {
            ResourceCommand.Stop => controllable.StopAsync(),
            ResourceCommand.Start => controllable.StartAgainAsync(),
            _ => controllable.RestartAsync(),
        });
        return ResourceCommandOutcome.Done;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await StopAllAsync();
    }

    /// <summary>Stops whatever was started, dependents first; safe to call more than once.</summary>
    public async Task StopAllAsync()
    {
        await _stopGate.WaitAsync();
        try
        {
            if (_stopped)
            {
                return;
            }
            _stopped = true;
            await _shutdown.CancelAsync();
            if (!_runners.IsEmpty)
            {
                logger.LogInformation("Stopping resources");
            }
            foreach (var group in model.StopOrder)
            {
                await Task.WhenAll(group.Select(StopResourceAsync));
            }
        }
        finally
        {
            _stopGate.Release();
        }
    }

    public override void Dispose()
    {
        _stopGate.Dispose();
        _shutdown.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        lifetime.ApplicationStarted.Register(() => logger.LogInformation("Dashboard: {DashboardUrl}", report.DashboardUrl));
        ledger.EndLeftovers();

        foreach (var resource in model.Resources)
        {
            resource.Status.Changed += OnStatusChanged;
        }
        using var startup = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var starts = model.Resources.Select(resource => StartResourceAsync(resource, startup)).ToList();
        try
        {
            await Task.WhenAll(starts);
        }
        catch (Exception) when (!stoppingToken.IsCancellationRequested)
        {
            var failure = starts.Where(start => start.IsFaulted).Select(start => start.Exception!.GetBaseException())
                .FirstOrDefault(exception => exception is not OperationCanceledException);
            logger.LogCritical(failure, "The AppHost could not start the platform: {Reason}", failure?.Message);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
            return;
        }
        catch (OperationCanceledException)
        {
            return;
        }

        report.PrintReady(time.GetElapsedTime(model.StartTimestamp));
        await Task.WhenAll(model.Resources.Select(resource => MonitorHealthAsync(resource, stoppingToken)).Append(RunWhenAllHealthyAsync(stoppingToken)));
    }

    private async Task RunWhenAllHealthyAsync(CancellationToken stoppingToken)
    {
        var context = new AllResourcesHealthyContext(model, credentials, time, logger);
        foreach (var callback in model.WhenAllHealthy)
        {
            try
            {
                await callback(context, stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(failure, "A start-up task failed: {Reason}", failure.Message);
            }
            catch (Exception)
            {
                return;
            }
        }
    }

    private async Task StartResourceAsync(IResource resource, CancellationTokenSource startup)
    {
        var cancellationToken = startup.Token;
        try
        {
            var runner = runnerFactory.Create(resource);
            _runners[resource] = runner;
            await runner.PrepareAsync(cancellationToken);

            resource.Status.SetState(ResourceState.Waiting);
            await Task.WhenAll(resource.WaitsFor.Select(dependency => _healthy[dependency].Task)).WaitAsync(cancellationToken);
            await Task.WhenAll(DistributedApplicationModel.DependenciesOf(resource).Select(dependency => _started[dependency].Task)).WaitAsync(cancellationToken);

            resource.Status.SetState(ResourceState.Starting);
            var starting = time.GetTimestamp();
            await runner.StartAsync(cancellationToken);
            _started[resource].SetResult();

            await WaitUntilHealthyAsync(resource, runner, cancellationToken);
            _healthy[resource].SetResult();
            logger.LogInformation("{Resource} is running and healthy, {Seconds:0.0} s after it was started", resource.Name, time.GetElapsedTime(starting).TotalSeconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            resource.Status.SetState(ResourceState.FailedToStart);
            logger.LogError("{Resource} failed to start: {Reason}", resource.Name, exception.Message);
            await startup.CancelAsync();
            throw;
        }
    }

    private async Task WaitUntilHealthyAsync(IResource resource, IResourceRunner runner, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (!await runner.IsHealthyAsync(cancellationToken))
        {
            if (time.GetElapsedTime(started) > options.HealthyTimeout)
            {
                throw new TimeoutException($"'{resource.Name}' did not become healthy within {options.HealthyTimeout.TotalSeconds:0} s.");
            }
            await Task.Delay(StartupHealthPollInterval, time, cancellationToken);
        }
        resource.Status.SetHealth(ResourceHealth.Healthy);
    }

    /// <summary>A process started again (after a crash, or on request) is followed until healthy.</summary>
    private void OnStatusChanged(ResourceStatus status)
    {
        if (_stopped || status.State != ResourceState.Running || status.Health != ResourceHealth.Unknown)
        {
            return;
        }
        var resource = model.Find(status.Name);
        // Only once it has been healthy: the first start has its own wait.
        if (resource is not null && _healthy[resource].Task.IsCompleted && _runners.TryGetValue(resource, out var runner))
        {
            try
            {
                _ = FollowHealthAsync(resource, runner, _shutdown.Token);
            }
            catch (ObjectDisposedException)
            {
                // The AppHost has stopped.
            }
        }
    }

    /// <summary>After a start: healthy as soon as the probe says so, not at the monitor's next tick.</summary>
    private async Task FollowHealthAsync(IResource resource, IResourceRunner runner, CancellationToken cancellationToken)
    {
        try
        {
            var started = time.GetTimestamp();
            while (resource.Status.State == ResourceState.Running && time.GetElapsedTime(started) < options.HealthyTimeout)
            {
                if (await runner.IsHealthyAsync(cancellationToken))
                {
                    resource.Status.SetHealth(ResourceHealth.Healthy);
                    return;
                }
                await Task.Delay(StartupHealthPollInterval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Following the health of {Resource} failed", resource.Name);
        }
    }

    private async Task MonitorHealthAsync(IResource resource, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(HealthMonitorInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (resource.Status.State != ResourceState.Running || !_runners.TryGetValue(resource, out var runner))
                {
                    continue;
                }
                var health = await runner.IsHealthyAsync(stoppingToken) ? ResourceHealth.Healthy : ResourceHealth.Unhealthy;
                var previous = resource.Status.Health;
                if (health == previous || resource.Status.State != ResourceState.Running)
                {
                    continue;
                }
                resource.Status.SetHealth(health);
                // A service that was just restarted is unhealthy until it has warmed up: only news are worth a line.
                if (previous != ResourceHealth.Unknown || health == ResourceHealth.Healthy)
                {
                    logger.Log(health == ResourceHealth.Healthy ? LogLevel.Information : LogLevel.Warning,
                        "{Resource} is {Health} (was {PreviousHealth})", resource.Name, health, previous);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task StopResourceAsync(IResource resource)
    {
        if (!_runners.TryRemove(resource, out var runner))
        {
            return;
        }
        resource.Status.SetState(ResourceState.Stopping);
        try
        {
            await runner.DisposeAsync();
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Stopping {Resource} failed", resource.Name);
        }
        resource.Status.SetHealth(ResourceHealth.Unknown);
        resource.Status.SetState(ResourceState.Finished);
        logger.LogInformation("Stopped {Resource}", resource.Name);
    }

    private static Dictionary<IResource, TaskCompletionSource> Signals(DistributedApplicationModel model) =>
        model.Resources.ToDictionary(resource => resource, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
