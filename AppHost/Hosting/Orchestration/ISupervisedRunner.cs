namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>A runner whose process the dashboard can stop, start and restart.</summary>
internal interface ISupervisedRunner
{
    ProcessSupervisor Supervisor { get; }
}
