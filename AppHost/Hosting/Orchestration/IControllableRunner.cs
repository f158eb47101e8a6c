namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>A runner whose resource the dashboard can stop, start again and restart.</summary>
internal interface IControllableRunner
{
    /// <summary>False when this instance cannot be stopped (a server someone else runs, a local server): the command is refused.</summary>
    bool CanControl => true;

    /// <summary>Stops the resource; it stays stopped until started again.</summary>
    Task StopAsync();

    /// <summary>Starts a stopped resource again (counted as a restart); nothing when it runs.</summary>
    Task StartAgainAsync();

    Task RestartAsync();
}
