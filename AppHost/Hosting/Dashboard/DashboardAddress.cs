namespace CxPlatform.AppHost.Hosting.Dashboard;

/// <summary>Where the dashboard (and its OTLP receiver) listens, chosen before anything starts so services can be told.</summary>
public sealed record DashboardAddress(int Port)
{
    public string Url => $"http://127.0.0.1:{Port}";
}
