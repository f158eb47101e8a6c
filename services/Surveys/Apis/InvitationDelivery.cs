using CxPlatform.Delivery;

namespace CxPlatform.Surveys.Apis;

/// <summary>
/// How the delivery of an invitation's message (or its reminder) went: <c>pending</c> (waiting for an attempt or a retry),
/// <c>sending</c>, <c>delivered</c> (the SMTP server or the webhook receiver accepted it) or <c>failed</c> (refused for good, or
/// the attempts ran out; <c>lastError</c> says why).
/// </summary>
public sealed record InvitationDelivery(
    Guid Id,
    string Channel,
    string Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? FailedAt,
    string? LastError)
{
    public static InvitationDelivery From(DeliveryRecord delivery) => new(
        delivery.Id, delivery.Channel, delivery.Status.ToString().ToLowerInvariant(), delivery.Attempts, delivery.CreatedAt,
        delivery.DeliveredAt, delivery.FailedAt, delivery.LastError);
}
