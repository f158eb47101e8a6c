namespace CxPlatform.Delivery;

/// <summary>Section <c>Delivery:Webhook</c>.</summary>
public sealed class WebhookOptions
{
    /// <summary>A receiver that has not answered within this is retried later.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
