using System.Text;

namespace CxPlatform.Testing.Delivery;

/// <summary>A request the webhook receiver got: the delivery headers and the body byte for byte.</summary>
public sealed record ReceivedWebhook(string Hook, string? DeliveryId, string? Timestamp, string? Signature, string? ContentType, byte[] Body)
{
    public string BodyText => Encoding.UTF8.GetString(Body);
}
