namespace CxPlatform.ServiceDefaults.Idempotency;

public static class IdempotencyHeaders
{
    /// <summary>Sent by the client: 1–255 visible ASCII characters, unique per operation it may retry.</summary>
    public const string Key = "Idempotency-Key";

    /// <summary>Sent back as <c>true</c> when the response is the stored outcome of an earlier request with the same key.</summary>
    public const string Replayed = "Idempotent-Replayed";
}
