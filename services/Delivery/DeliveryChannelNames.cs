namespace CxPlatform.Delivery;

/// <summary>The channel a delivery goes out through, as stored in its row.</summary>
public static class DeliveryChannelNames
{
    public const string Email = "email";
    public const string Webhook = "webhook";
}
