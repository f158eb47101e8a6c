namespace CxPlatform.ServiceDefaults.Idempotency;

/// <summary>Endpoint metadata: this endpoint honours <c>Idempotency-Key</c> (added by <c>WithIdempotency()</c>).</summary>
public sealed class IdempotentEndpoint
{
    public static IdempotentEndpoint Instance { get; } = new();

    private IdempotentEndpoint()
    {
    }
}
