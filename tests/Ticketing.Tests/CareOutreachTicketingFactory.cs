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
        // The first call also opens the HTTP/2 connection: on a loaded machine it can take longer than the 2 s default.
        WithSetting("CustomerResolution:Deadline", "00:00:15");
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
