using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Grpc;
using CxPlatform.Testing;
using CxPlatform.Ticketing.Tests.StandIns;

namespace CxPlatform.Ticketing.Tests;

/// <summary>Ticketing pointed at a CareOutreach stand-in (started by the test or a subclass), with a quick reconciler.</summary>
public class CareOutreachTicketingFactory : TicketingApiFactory
{
    public CareOutreachTicketingFactory(PlatformContainers containers) : base(containers)
    {
        WithSetting($"services:{ResourceNames.CareOutreach}:{ServiceEndpointConfiguration.GrpcEndpointName}:0", CareOutreach.Address);
        WithSetting("CustomerResolution:PollInterval", "00:00:00.2");
        WithSetting("CustomerResolution:MinBackoff", "00:00:00.2");
        WithSetting("CustomerResolution:MaxBackoff", "00:00:01");
        WithSetting("CustomerResolution:PauseAfterFailure", "00:00:01");
    }

    public CareOutreachStandIn CareOutreach { get; } = new();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await CareOutreach.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
