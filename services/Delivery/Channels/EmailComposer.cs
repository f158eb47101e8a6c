using System.Text.Json;
using CxPlatform.Delivery.Infrastructure;
using MimeKit;

namespace CxPlatform.Delivery.Channels;

/// <summary>Turns a stored e-mail delivery into a MIME message.</summary>
internal sealed class EmailComposer(TimeProvider time)
{
    public MimeMessage Compose(ClaimedDelivery delivery, MailboxAddress from)
    {
        var content = JsonSerializer.Deserialize<EmailContent>(delivery.Payload, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Delivery {delivery.Id} has no e-mail content.");
        var message = new MimeMessage
        {
            Subject = content.Subject,
            Date = time.GetUtcNow(),
            // The same on every attempt: a receiver (or a person) recognises a retried e-mail as the same one.
            MessageId = $"{delivery.Id:N}.{delivery.TenantId}@{from.Domain}",
            Body = new BodyBuilder { TextBody = content.TextBody, HtmlBody = content.HtmlBody }.ToMessageBody(),
        };
        message.From.Add(from);
        message.To.Add(new MailboxAddress(content.ToName, delivery.Recipient));
        if (content.ReplyTo is not null)
        {
            message.ReplyTo.Add(MailboxAddress.Parse(content.ReplyTo));
        }
        message.Headers.Add(DeliveryHeaders.DeliveryId, delivery.Id.ToString());
        return message;
    }
}
