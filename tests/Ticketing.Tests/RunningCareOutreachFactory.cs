using CxPlatform.Testing;

namespace CxPlatform.Ticketing.Tests;

/// <summary>Ticketing with its CareOutreach stand-in up and answering.</summary>
public sealed class RunningCareOutreachFactory(PlatformContainers containers) : CareOutreachTicketingFactory(containers)
{
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await CareOutreach.StartAsync();
    }
}
