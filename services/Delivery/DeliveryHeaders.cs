namespace CxPlatform.Delivery;

/// <summary>Headers deliveries carry: every webhook request all three, every e-mail <see cref="DeliveryId"/>.</summary>
public static class DeliveryHeaders
{
    /// <summary>The delivery's id: the same on every retry, so a receiver can ignore a repeat.</summary>
    public const string DeliveryId = "X-Cx-Delivery-Id";

    /// <summary>Unix time in seconds when the webhook request was signed.</summary>
    public const string Timestamp = "X-Cx-Timestamp";

    /// <summary><c>sha256=</c> and the lower-case hex HMAC-SHA256 of <c>"{timestamp}.{body}"</c> keyed with the receiver's secret.</summary>
    public const string Signature = "X-Cx-Signature";
}
