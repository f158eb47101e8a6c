using CxPlatform.ServiceDefaults;
using CxPlatform.Testing;

namespace CxPlatform.Platform.Tests;

/// <summary>The real Ticketing on real ports, pointed at CareOutreach's ports the way the AppHost points it.</summary>
public sealed class TicketingService : RealPortsServiceFactory<Program>
{
    public TicketingService(PlatformContainers containers, CareOutreachService careOutreach)
        : base(containers, ResourceNames.TicketingDb, ResourceNames.Ticketing)
    {
        WithServiceReference(careOutreach);
        // The AppHost's 2 s would fit a warm CareOutreach; here the first calls pay for cold code on a shared machine.
        // The deadline itself is specified in Ticketing.Tests.
        WithSetting("CustomerResolution:Deadline", "00:00:15");
    }
}
