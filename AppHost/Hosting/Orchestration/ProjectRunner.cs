using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.Processes;
using CxPlatform.AppHost.Hosting.State;
using CxPlatform.ServiceDefaults.Health;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>Builds the project, runs it as <c>dotnet {assembly}</c>, and restarts it with a growing delay whenever it exits.</summary>
internal sealed class ProjectRunner : IResourceRunner, ISupervisedRunner
{
    private readonly ProjectResource _project;
    private readonly ProjectBuilder _builder;
    private readonly ServiceEnvironment _environment;
    private readonly ResourceOutput _output;
    private readonly ProcessLedger _ledger;
    private readonly IHttpClientFactory _httpClients;
    private readonly AppHostPaths _paths;
    private readonly TimeProvider _time;
    private readonly ILogger<ProjectRunner> _logger;
    private string? _assemblyPath;

    public ProjectRunner(
        ProjectResource project,
        ProjectBuilder builder,
        ServiceEnvironment environment,
        ResourceOutput output,
        ProcessLedger ledger,
        IHttpClientFactory httpClients,
        AppHostOptions options,
        AppHostPaths paths,
        TimeProvider time,
        ILogger<ProjectRunner> logger)
    {
        _project = project;
        _builder = builder;
        _environment = environment;
        _output = output;
        _ledger = ledger;
        _httpClients = httpClients;
        _paths = paths;
        _time = time;
        _logger = logger;
        Supervisor = new ProcessSupervisor(project, Launch, ledger, options, time, logger);
    }

    public ProcessSupervisor Supervisor { get; }

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        _project.Status.SetSource(Path.GetRelativePath(Path.Combine(_paths.AppHostDirectory, ".."), _project.ProjectPath));
        _project.Status.SetEndpoints([new ResourceEndpoint("http", _project.HttpUrl), new ResourceEndpoint("grpc", _project.GrpcUrl)]);
        _project.Status.SetState(ResourceState.Building);
        _assemblyPath = await _builder.BuildAsync(_project, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Supervisor.StartAsync();

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken) =>
        HttpReadyProbe.IsReadyAsync(_httpClients.CreateClient(HttpReadyProbe.ClientName), _project.HttpUrl + HealthExtensions.ReadyPath, cancellationToken);

    public ValueTask DisposeAsync() => Supervisor.DisposeAsync();

    private ChildProcess Launch()
    {
        var assemblyPath = _assemblyPath ?? throw new InvalidOperationException($"'{_project.Name}' has not been built.");
        var startInfo = ProcessCommand.Create("dotnet", [assemblyPath], ownSession: true);
        // Like `dotnet run`: the content root (appsettings.json, wwwroot) is the project folder.
        startInfo.WorkingDirectory = Path.GetDirectoryName(_project.ProjectPath)!;
        _environment.ApplyTo(startInfo, _project);

        var process = ChildProcess.Start(startInfo, (line, isError) => _output.Write(_project, line, isError));
        _ledger.Record(process.Id, assemblyPath);
        _project.Status.MarkRunning(_time.GetUtcNow(), process.Id);
        _logger.LogInformation("Started {Resource} as process {ProcessId} on {Url}", _project.Name, process.Id, _project.HttpUrl);
        return process;
    }
}
