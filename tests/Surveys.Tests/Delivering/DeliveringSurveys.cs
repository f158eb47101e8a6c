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
    private DeliveryServers _servers = null!;

    public DistributionFactory Service { get; } = new(containers);
    public SmtpSink Smtp => _servers.Smtp;
    public WebhookReceiver Webhooks => _servers.Webhooks;

    public async ValueTask InitializeAsync()
    {
        _servers = await DeliveryServers.StartAsync();
        _servers.Serve(Service, "feedback@acme.example", "Acme Feedback");
        await Service.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Service.DisposeAsync();
        await _servers.DisposeAsync();
    }
}
