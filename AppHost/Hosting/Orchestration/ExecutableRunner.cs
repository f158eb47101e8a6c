using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.Processes;
using CxPlatform.AppHost.Hosting.State;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>Runs an executable resource and restarts it whenever it exits; it is healthy while its process runs.</summary>
internal sealed class ExecutableRunner : IResourceRunner, ISupervisedRunner
{
    private readonly ExecutableResource _executable;
    private readonly ResourceOutput _output;
    private readonly ProcessLedger _ledger;
    private readonly TimeProvider _time;
    private readonly ILogger<ExecutableRunner> _logger;

    public ExecutableRunner(
        ExecutableResource executable, ResourceOutput output, ProcessLedger ledger, AppHostOptions options, TimeProvider time, ILogger<ExecutableRunner> logger)
    {
        _executable = executable;
        _output = output;
        _ledger = ledger;
        _time = time;
        _logger = logger;
        Supervisor = new ProcessSupervisor(executable, Launch, ledger, options, time, logger);
    }

    public ProcessSupervisor Supervisor { get; }

    public Task PrepareAsync(CancellationToken cancellationToken)
    {
        _executable.Status.SetSource(string.Join(' ', _executable.Arguments.Prepend(_executable.Command)));
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Supervisor.StartAsync();

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_executable.Status.State == ResourceState.Running && Supervisor.ProcessId is not null);

    public ValueTask DisposeAsync() => Supervisor.DisposeAsync();

    private ChildProcess Launch()
    {
        var startInfo = ProcessCommand.Create(_executable.Command, _executable.Arguments, ownSession: true);
        startInfo.WorkingDirectory = _executable.WorkingDirectory;
        foreach (var (key, value) in _executable.Environment)
        {
            startInfo.Environment[key] = value;
        }
        var process = ChildProcess.Start(startInfo, (line, isError) => _output.Write(_executable, line, isError));
        _ledger.Record(process.Id, _executable.Command);
        _executable.Status.MarkRunning(_time.GetUtcNow(), process.Id);
        _logger.LogInformation("Started {Resource} as process {ProcessId}", _executable.Name, process.Id);
        return process;
    }
}
