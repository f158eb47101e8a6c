using System.Globalization;

namespace CxPlatform.Testing.Delivery;

/// <summary>
/// A real SMTP server (aiosmtpd) and a real webhook receiver for a service under test, and the Delivery settings that point
/// the service at them with fast retries.
/// </summary>
public sealed class DeliveryServers : IAsyncDisposable
{
    private DeliveryServers(SmtpSink smtp, WebhookReceiver webhooks) => (Smtp, Webhooks) = (smtp, webhooks);

    public SmtpSink Smtp { get; }
    public WebhookReceiver Webhooks { get; }

    public static async Task<DeliveryServers> StartAsync() => new(await SmtpSink.StartAsync(), await WebhookReceiver.StartAsync());

    public void Serve<TProgram>(ServiceFactory<TProgram> service, string fromAddress, string fromName)
        where TProgram : class =>
        service
            .WithSetting("Delivery:Smtp:Host", "127.0.0.1")
            .WithSetting("Delivery:Smtp:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture))
            .WithSetting("Delivery:Smtp:Security", "None")
            .WithSetting("Delivery:Smtp:FromAddress", fromAddress)
            .WithSetting("Delivery:Smtp:FromName", fromName)
            .WithSetting("Delivery:MinBackoff", "00:00:00.010")
            .WithSetting("Delivery:MaxBackoff", "00:00:00.050")
            .WithSetting("Delivery:PollInterval", "00:00:01");

    public async ValueTask DisposeAsync()
    {
        await Webhooks.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
