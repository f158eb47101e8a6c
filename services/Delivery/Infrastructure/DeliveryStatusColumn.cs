namespace CxPlatform.Delivery.Infrastructure;

/// <summary>Statuses as the <c>status</c> column spells them: readable in SQL and shared by EF and the dispatcher's queries.</summary>
internal static class DeliveryStatusColumn
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    public static string From(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Pending => Pending,
        DeliveryStatus.Sending => Sending,
        DeliveryStatus.Delivered => Delivered,
        DeliveryStatus.Failed => Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static DeliveryStatus To(string value) => value switch
    {
        Pending => DeliveryStatus.Pending,
        Sending => DeliveryStatus.Sending,
        Delivered => DeliveryStatus.Delivered,
        Failed => DeliveryStatus.Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };
}
