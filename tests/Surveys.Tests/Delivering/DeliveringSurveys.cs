using System.Globalization;
using CxPlatform.Surveys.Tests.Distribution;
using CxPlatform.Testing;
using CxPlatform.Testing.Delivery;

namespace CxPlatform.Surveys.Tests.Delivering;

/// <summary>
/// Surveys on a fake business clock with its contact checks on <see cref="ContactStandIns"/>, handing its e-mails to a real SMTP
/// server (aiosmtpd) and its webhooks to a real Kestrel receiver; one per test class.
/// </summary>
public sealed class DeliveringSurveys(PlatformContainers containers) : IAsyncLifetime
{
    public DistributionFactory Service { get; } = new(containers);
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
            .WithSetting("Delivery:Smtp:FromAddress", "feedback@acme.example")
            .WithSetting("Delivery:Smtp:FromName", "Acme Feedback")
            .WithSetting("Delivery:MinBackoff", "00:00:00.010")
            .WithSetting("Delivery:MaxBackoff", "00:00:00.050")
            .WithSetting("Delivery:PollInterval", "00:00:01");
        await Service.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        await Webhooks.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
