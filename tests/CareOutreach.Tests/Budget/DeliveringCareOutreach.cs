using System.Globalization;
using CxPlatform.Testing;
using CxPlatform.Testing.Delivery;

namespace CxPlatform.Care.Tests.Budget;

/// <summary>
/// CareOutreach on a fake business clock that hands its e-mails to a real SMTP server (aiosmtpd) and its webhooks to a real
/// Kestrel receiver; one per test class.
/// </summary>
public sealed class DeliveringCareOutreach(PlatformContainers containers) : IAsyncLifetime
{
    public FakeClockCareOutreachFactory Service { get; } = new(containers);
    public SmtpSink Smtp { get; private set; } = null!;
    public WebhookReceiver Webhooks { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Smtp = await SmtpSink.StartAsync();
        Webhooks = await WebhookReceiver.StartAsync();
        Service
            .WithSetting("Delivery:Smtp:Host", "127.0.0.1")
            .WithSetting("Delivery:Smtp:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture))
            .WithSetting("Delivery:Smtp:Security", "None")
            .WithSetting("Delivery:Smtp:FromAddress", "care@acme.example")
            .WithSetting("Delivery:Smtp:FromName", "Acme Care")
            .WithSetting("Delivery:MinBackoff", "00:00:00.010")
            .WithSetting("Delivery:MaxBackoff", "00:00:00.050")
            .WithSetting("Delivery:PollInterval", "00:00:01")
            // Deferred messages are woken by the fake clock; a short recheck covers a wake-up that came before the commit.
            .WithSetting("Outreach:RecheckInterval", "00:00:01");
        await Service.InitializeAsync();
        await OutreachRequests.WaitUntilReadyAsync(Service);
    }

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        await Webhooks.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
