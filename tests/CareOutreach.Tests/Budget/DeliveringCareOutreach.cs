using CxPlatform.Testing;
using CxPlatform.Testing.Delivery;

namespace CxPlatform.Care.Tests.Budget;

/// <summary>
/// CareOutreach on a fake business clock that hands its e-mails to a real SMTP server (aiosmtpd) and its webhooks to a real
/// Kestrel receiver; one per test class.
/// </summary>
public sealed class DeliveringCareOutreach(PlatformContainers containers) : IAsyncLifetime
{
    private DeliveryServers _servers = null!;

    public FakeClockCareOutreachFactory Service { get; } = new(containers);
    public SmtpSink Smtp => _servers.Smtp;
    public WebhookReceiver Webhooks => _servers.Webhooks;

    public async ValueTask InitializeAsync()
    {
        _servers = await DeliveryServers.StartAsync();
        _servers.Serve(Service, "care@acme.example", "Acme Care");
        // Deferred messages are woken by the fake clock; a short recheck covers a wake-up that came before the commit.
        Service.WithSetting("Outreach:RecheckInterval", "00:00:01");
        await Service.InitializeAsync();
        await OutreachRequests.WaitUntilReadyAsync(Service);
    }

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        await _servers.DisposeAsync();
    }
}
