using System.Diagnostics;
using System.Text.Json;
using CxPlatform.Delivery.Infrastructure;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Delivery;

/// <summary>
/// One message to deliver and how its delivery went. A service adds it (through <see cref="DeliveryQueue"/>) in the same
/// transaction as the change that caused it; from then on only the dispatcher changes it.
/// </summary>
public sealed class DeliveryRecord : ITenantScoped
{
    private DeliveryRecord()
    {
    }

    /// <summary>The caller's id (an outreach, an invitation): one delivery per id and tenant.</summary>
    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";

    /// <summary>One of <see cref="DeliveryChannelNames"/>.</summary>
    public string Channel { get; private set; } = "";

    /// <summary>The e-mail address or the webhook URL.</summary>
    public string Recipient { get; private set; } = "";

    public DeliveryStatus Status { get; private set; }

    /// <summary>Attempts made so far, the one in progress included.</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>While pending: when the next attempt is due; while sending: when an interrupted attempt may be taken over.</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Why the latest failed attempt failed (a status, a server's reply; never a secret).</summary>
    public string? LastError { get; private set; }

    /// <summary>What the receiving server called the message, when it says (an SMTP server's queue reply).</summary>
    public string? ProviderMessageId { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }
    public DateTimeOffset? FailedAt { get; private set; }

    /// <summary>JSON: the e-mail's content, or the webhook's body exactly as it is sent.</summary>
    internal string Payload { get; private set; } = "";

    internal string? Secret { get; private set; }
    internal string? TraceParent { get; private set; }

    internal static DeliveryRecord ForEmail(string tenantId, Guid id, EmailMessage message, DateTimeOffset now)
    {
        message.Validate();
        var content = new EmailContent(message.Subject, message.TextBody, message.HtmlBody, message.ToName, message.ReplyTo);
        return New(tenantId, id, DeliveryChannelNames.Email, message.To, JsonSerializer.Serialize(content, JsonSerializerOptions.Web), secret: null, now);
    }

    internal static DeliveryRecord ForWebhook(string tenantId, Guid id, WebhookMessage message, DateTimeOffset now)
    {
        message.Validate();
        var body = JsonSerializer.Serialize(message.Body, message.Body.GetType(), JsonSerializerOptions.Web);
        return New(tenantId, id, DeliveryChannelNames.Webhook, message.Url, body, message.Secret, now);
    }

    private static DeliveryRecord New(string tenantId, Guid id, string channel, string recipient, string payload, string? secret, DateTimeOffset now)
    {
        if (id == Guid.Empty)
        {
            throw new InvalidRequestException("deliveryId", "A delivery needs the id of what it delivers.");
        }
        return new DeliveryRecord
        {
            TenantId = tenantId,
            Id = id,
            Channel = channel,
            Recipient = recipient,
            Payload = payload,
            Secret = secret,
            Status = DeliveryStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
            TraceParent = Activity.Current?.Id,
        };
    }
}
