using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.Processes;
using CxPlatform.AppHost.Hosting.State;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>
/// Keeps one resource's process running: a process that exits by itself is started again after 1 s, 2 s, 4 s … (capped);
/// one stopped on request (<see cref="StopAsync"/>, the dashboard's Stop) stays stopped until <see cref="StartAsync"/>.
/// </summary>
internal sealed class ProcessSupervisor(
    IResource resource,
    Func<ChildProcess> launch,
    ProcessLedger ledger,
    AppHostOptions options,
    TimeProvider time,
    ILogger logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CancellationTokenSource? _stopping;
    private ChildProcess? _process;
    private Task _supervision = Task.CompletedTask;

    /// <summary>Whether the resource is meant to run (a crashed process that waits for its restart counts).</summary>
    public bool IsSupervising => _stopping is not null;

    public int? ProcessId => _process is { HasExited: false } process ? process.Id : null;

    /// <summary>Starts the process and watches it; nothing happens when it is already supervised.</summary>
    public async Task StartAsync()
    {
        resource.Status.SetControllable(true);
        await _gate.WaitAsync();
        try
        {
            if (_stopping is null)
            {
                StartCore();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A start after a stop on request: counted as a restart.</summary>
    public async Task StartAgainAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_stopping is null)
            {
                resource.Status.CountRestart();
                StartCore();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops the process (SIGTERM, then a kill) and does not start it again.</summary>
    public async Task StopAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await StopCoreAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task RestartAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await StopCoreAsync();
            resource.Status.CountRestart();
            StartCore();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _gate.Dispose();
    }

    private void StartCore()
    {
        _process = launch();
        _stopping = new CancellationTokenSource();
        _supervision = SuperviseAsync(_stopping.Token);
    }

    private async Task StopCoreAsync()
    {
        if (_stopping is not { } stopping)
        {
            return;
        }
        resource.Status.SetState(ResourceState.Stopping);
        await stopping.CancelAsync();
        await _supervision;
        stopping.Dispose();
        _stopping = null;
        if (_process is { } process)
        {
            var processId = process.Id;
            if (!await process.StopAsync(options.StopTimeout))
            {
                logger.LogWarning("{Resource} did not stop within {Timeout} and was killed", resource.Name, options.StopTimeout);
            }
            ledger.Forget(processId);
            resource.Status.MarkStopped(process.ExitCode);
            process.Dispose();
            _process = null;
        }
        else
        {
            resource.Status.MarkStopped(null);
        }
    }

    private async Task SuperviseAsync(CancellationToken stopping)
    {
        var backoff = new RestartBackoff(options.MaxRestartDelay);
        try
        {
            while (true)
            {
                var startedAt = time.GetUtcNow();
                if (_process is { } process)
                {
                    var exitCode = await process.WaitForExitAsync(stopping);
                    _process = null;
                    ledger.Forget(process.Id);
                    process.Dispose();
                    resource.Status.MarkExited(exitCode);
                    logger.LogWarning("{Resource} exited with code {ExitCode}", resource.Name, exitCode);
                }

                var delay = backoff.Next(time.GetUtcNow() - startedAt);
                logger.LogInformation("Restarting {Resource} in {Delay}", resource.Name, delay);
                resource.Status.SetState(ResourceState.Restarting);
                await Task.Delay(delay, time, stopping);

                resource.Status.CountRestart();
                try
                {
                    _process = launch();
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError("{Resource} could not be started again: {Reason}", resource.Name, exception.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }
}
