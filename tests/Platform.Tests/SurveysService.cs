extern alias surveys;

using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Platform.Tests;

/// <summary>
/// The real Surveys on real ports, pointed at Ticketing's and CareOutreach's gRPC ports the way the AppHost points it, and on
/// Ticketing's virtual host so Ticketing's events reach it over the broker as they do on the AppHost's one RabbitMQ.
/// </summary>
public sealed class SurveysService : RealPortsServiceFactory<surveys::Program>
{
    private readonly TicketingService _ticketing;

    public SurveysService(PlatformContainers containers, TicketingService ticketing, CareOutreachService careOutreach)
        : base(containers, ResourceNames.SurveysDb, ResourceNames.Surveys)
    {
        _ticketing = ticketing;
        WithServiceReference(ticketing);
        WithServiceReference(careOutreach);
        WithSetting("Surveys:InvitationSigningKey", DevelopmentTokens.NewSigningKey());
        // Planned work is picked up within a fraction of a second instead of the 30 s recheck.
        WithSetting("Distribution:RecheckInterval", "00:00:00.200");
        // The AppHost's 3 s would fit warm callees; here the first calls pay for cold code on a shared machine.
        // The deadline and the degraded path are specified in Surveys.Tests.
        WithSetting("Distribution:CallDeadline", "00:00:15");
    }

    /// <summary>Initialize after Ticketing: Surveys consumes on Ticketing's virtual host, not a fresh one of its own.</summary>
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        WithSetting($"ConnectionStrings:{ResourceNames.Messaging}", _ticketing.MessagingConnectionString);
    }
}
