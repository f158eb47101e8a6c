using CxPlatform.Delivery;

namespace CxPlatform.Care.Apis;

/// <summary>How an automated message's delivery is going: <c>pending</c>, <c>sending</c>, <c>delivered</c> or <c>failed</c>.</summary>
public sealed record OutreachDeliveryResponse(
    string Channel, string Status, int Attempts, DateTimeOffset? DeliveredAt, DateTimeOffset? FailedAt, string? LastError)
{
    public static OutreachDeliveryResponse From(DeliveryRecord delivery) => new(
        delivery.Channel, delivery.Status.ToString().ToLowerInvariant(), delivery.Attempts, delivery.DeliveredAt, delivery.FailedAt,
        delivery.LastError);
}
