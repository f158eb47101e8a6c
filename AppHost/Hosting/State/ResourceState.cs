namespace CxPlatform.AppHost.Hosting.State;

/// <summary>Where a resource is in its life, with the names the Aspire dashboard uses.</summary>
public enum ResourceState
{
    NotStarted,
    Building,
    Waiting,
    Starting,
    Running,
    Exited,
    Restarting,
    FailedToStart,
    Stopping,
    Finished,
}
