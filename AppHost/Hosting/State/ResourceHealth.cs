namespace CxPlatform.AppHost.Hosting.State;

public enum ResourceHealth
{
    Unknown,
    Healthy,
    Unhealthy,
}
