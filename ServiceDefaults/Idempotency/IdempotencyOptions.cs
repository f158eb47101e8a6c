namespace CxPlatform.ServiceDefaults.Idempotency;

public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>
    /// How long a key and its response are replayed. Stamped on each key when it is stored; afterwards the key may be used
    /// again, and the outbox housekeeping deletes it within <c>Outbox:CleanupInterval</c>.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);
}
