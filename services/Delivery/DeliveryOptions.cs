namespace CxPlatform.Delivery;

/// <summary>Configuration section <c>Delivery</c> (environment: <c>Delivery__MaxAttempts</c>, <c>Delivery__Smtp__Host</c>, …).</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    public SmtpOptions Smtp { get; set; } = new();
    public WebhookOptions Webhook { get; set; } = new();

    /// <summary>Attempts per delivery, the first included; after the last, a transient failure is final too.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The pause after the first failed attempt, doubling per attempt up to <see cref="MaxBackoff"/> (with jitter).</summary>
    public TimeSpan MinBackoff { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(2);

    /// <summary>A receiver's Retry-After is honoured up to this long.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How often the dispatcher looks for deliveries other replicas enqueued; its own replica's commits wake it at once.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a claimed delivery belongs to the replica sending it. If that replica dies mid-send, another one takes the
    /// delivery over after this; it must outlast any send (SMTP and webhook timeouts).
    /// </summary>
    public TimeSpan SendingLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Deliveries claimed at a time.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Deliveries of a batch sent at the same time.</summary>
    public int MaxParallelSends { get; set; } = 4;
}
