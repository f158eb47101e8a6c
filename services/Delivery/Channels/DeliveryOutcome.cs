namespace CxPlatform.Delivery.Channels;

/// <summary>How one attempt went. Errors are recorded and logged, so they carry statuses and server replies, never secrets.</summary>
public sealed record DeliveryOutcome(DeliveryOutcomeKind Kind, string? Error = null, string? ProviderMessageId = null, TimeSpan? RetryAfter = null)
{
    public static DeliveryOutcome Delivered(string? providerMessageId = null) => new(DeliveryOutcomeKind.Delivered, ProviderMessageId: providerMessageId);

    public static DeliveryOutcome Transient(string error, TimeSpan? retryAfter = null) => new(DeliveryOutcomeKind.TransientFailure, error, RetryAfter: retryAfter);

    public static DeliveryOutcome Permanent(string error) => new(DeliveryOutcomeKind.PermanentFailure, error);
}
