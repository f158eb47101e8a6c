using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.Processes;
using CxPlatform.AppHost.Hosting.State;
using CxPlatform.ServiceDefaults.Health;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>Builds the project, runs it as <c>dotnet {assembly}</c>, and restarts it with a growing delay whenever it exits.</summary>
internal sealed class ProjectRunner(
    ProjectResource project,
    ProjectBuilder builder,
    ServiceEnvironment environment,
    ResourceOutput output,
    ProcessLedger ledger,
    IHttpClientFactory httpClients,
    AppHostOptions options,
    AppHostPaths paths,
    TimeProvider time,
    ILogger<ProjectRunner> logger) : IResourceRunner
{
    private readonly CancellationTokenSource _stopping = new();
    private string? _assemblyPath;
    private ChildProcess? _process;
    private Task _supervision = Task.CompletedTask;

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        project.Status.SetSource(Path.GetRelativePath(Path.Combine(paths.AppHostDirectory, ".."), project.ProjectPath));
        project.Status.SetEndpoints([new ResourceEndpoint("http", project.HttpUrl), new ResourceEndpoint("grpc", project.GrpcUrl)]);
        project.Status.SetState(ResourceState.Building);
        _assemblyPath = await builder.BuildAsync(project, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _process = Launch();
        _supervision = SuperviseAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken) =>
        HttpReadyProbe.IsReadyAsync(httpClients.CreateClient(HttpReadyProbe.ClientName), project.HttpUrl + HealthExtensions.ReadyPath, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _supervision;
        if (_process is { } process)
        {
            var processId = process.Id;
            if (!await process.StopAsync(options.StopTimeout))
            {
                logger.LogWarning("{Resource} did not stop within {Timeout} and was killed", project.Name, options.StopTimeout);
            }
            ledger.Forget(processId);
            process.Dispose();
            _process = null;
        }
        _stopping.Dispose();
    }

    private ChildProcess Launch()
    {
        var assemblyPath = _assemblyPath ?? throw new InvalidOperationException($"'{project.Name}' has not been built.");
        var startInfo = ProcessCommand.Create("dotnet", [assemblyPath], ownSession: true);
        // Like `dotnet run`: the content root (appsettings.json, wwwroot) is the project folder.
        startInfo.WorkingDirectory = Path.GetDirectoryName(project.ProjectPath)!;
        environment.ApplyTo(startInfo, project);

        var process = ChildProcess.Start(startInfo, (line, isError) => output.Write(project, line, isError));
        ledger.Record(process.Id, assemblyPath);
        project.Status.MarkRunning(time.GetUtcNow(), process.Id);
        logger.LogInformation("Started {Resource} as process {ProcessId} on {Url}", project.Name, process.Id, project.HttpUrl);
        return process;
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
                    project.Status.MarkExited(exitCode);
                    logger.LogWarning("{Resource} exited with code {ExitCode}", project.Name, exitCode);
                }

                var delay = backoff.Next(time.GetUtcNow() - startedAt);
                logger.LogInformation("Restarting {Resource} in {Delay}", project.Name, delay);
                project.Status.SetState(ResourceState.Restarting);
                await Task.Delay(delay, time, stopping);

                project.Status.CountRestart();
                try
                {
                    _process = Launch();
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError("{Resource} could not be started again: {Reason}", project.Name, exception.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }
}
