using CxPlatform.Testing;

namespace CxPlatform.Platform.Tests;

/// <summary>Insights and CareOutreach up, CareOutreach pointed at Insights' gRPC port as the AppHost points it.</summary>
public sealed class PlatformWithInsights : IAsyncLifetime
{
    public PlatformWithInsights(PlatformContainers containers)
    {
        Insights = new InsightsService(containers);
        CareOutreach = new CareOutreachService(containers);
        CareOutreach.WithServiceReference(Insights);
        // The 1 s default suits a warm Insights; here its first call pays for cold code on a shared machine.
        CareOutreach.WithSetting("Insights:Deadline", "00:00:15");
    }

    public InsightsService Insights { get; }
    public CareOutreachService CareOutreach { get; }

    public async ValueTask InitializeAsync()
    {
        await Insights.InitializeAsync();
        await CareOutreach.InitializeAsync();
        await Insights.StartAsync();
        await CareOutreach.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await CareOutreach.DisposeAsync();
        await Insights.DisposeAsync();
    }
}
