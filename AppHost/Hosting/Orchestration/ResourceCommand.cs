namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>What the dashboard can ask of a resource (<c>POST /api/resources/{name}/{command}</c>).</summary>
public enum ResourceCommand
{
    Start,
    Stop,
    Restart,
}

public enum ResourceCommandOutcome
{
    Done,

    /// <summary>Only resources the AppHost runs as a process of its own (services, executables) can be stopped and started.</summary>
    NotSupported,

    /// <summary>The resource has not started yet (it is building or waiting), or the AppHost is stopping.</summary>
    NotReady,
}
