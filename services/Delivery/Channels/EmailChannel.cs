using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CxPlatform.Delivery.Channels;

/// <summary>Hands an e-mail to the configured SMTP server with MailKit, one connection per e-mail.</summary>
internal sealed class EmailChannel(EmailComposer composer, IOptions<DeliveryOptions> options) : IDeliveryChannel
{
    public string Name => DeliveryChannelNames.Email;

    public async Task<DeliveryOutcome> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host) || string.IsNullOrWhiteSpace(smtp.FromAddress))
        {
            return DeliveryOutcome.Transient("No SMTP server is configured (Delivery:Smtp:Host and Delivery:Smtp:FromAddress).");
        }

        var message = composer.Compose(delivery, new MailboxAddress(smtp.FromName, smtp.FromAddress));
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        string reply;
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }
            reply = await client.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return SmtpFailures.Classify(exception);
        }
        await QuitAsync(client);
        return DeliveryOutcome.Delivered(reply);
    }

    // The server has accepted the e-mail: a failing QUIT must not turn that into a retry (and a second e-mail).
    private static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await client.DisconnectAsync(quit: true, timeout.Token);
        }
        catch (Exception)
        {
        }
    }
}
