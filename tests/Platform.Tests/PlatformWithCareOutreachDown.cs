using CxPlatform.Testing;

namespace CxPlatform.Platform.Tests;

/// <summary>
/// Ticketing up, CareOutreach not started: its ports are reserved and Ticketing knows them, but nothing listens until the
/// test starts it. Ticketing's reconciler backs off in fractions of a second instead of up to minutes.
/// </summary>
public sealed class PlatformWithCareOutreachDown : PlatformServices
{
    public PlatformWithCareOutreachDown(PlatformContainers containers) : base(containers)
    {
        Ticketing.WithSetting("CustomerResolution:PollInterval", "00:00:00.2");
        Ticketing.WithSetting("CustomerResolution:MinBackoff", "00:00:00.2");
        Ticketing.WithSetting("CustomerResolution:MaxBackoff", "00:00:01");
        Ticketing.WithSetting("CustomerResolution:PauseAfterFailure", "00:00:01");
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Ticketing.StartAsync();
    }
}
