using CxPlatform.Testing;

namespace CxPlatform.Platform.Tests;

/// <summary>Both services up, CareOutreach first (Ticketing depends on it, as in the AppHost).</summary>
public sealed class RunningPlatform(PlatformContainers containers) : PlatformServices(containers)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await CareOutreach.StartAsync();
        await Ticketing.StartAsync();
    }
}
