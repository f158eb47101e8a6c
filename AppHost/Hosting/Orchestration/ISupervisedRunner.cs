namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>A runner of a process the dashboard can stop, start and restart through its supervisor.</summary>
internal interface ISupervisedRunner : IControllableRunner
{
    ProcessSupervisor Supervisor { get; }

    Task IControllableRunner.StopAsync() => Supervisor.StopAsync();

    Task IControllableRunner.StartAgainAsync() => Supervisor.StartAgainAsync();

    Task IControllableRunner.RestartAsync() => Supervisor.RestartAsync();
}
