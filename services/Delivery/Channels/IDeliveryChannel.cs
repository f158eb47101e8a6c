namespace CxPlatform.Delivery.Channels;

/// <summary>
/// The port every way of delivering implements (e-mail, webhooks, and any later one). An adapter sends one claimed delivery
/// and says how it went; it reports failures as outcomes (transient or permanent) rather than throwing.
/// </summary>
public interface IDeliveryChannel
{
    /// <summary>The <see cref="DeliveryChannelNames"/> value of the deliveries this channel sends.</summary>
    string Name { get; }

    Task<DeliveryOutcome> SendAsync(ClaimedDelivery delivery, CancellationToken cancellationToken);
}
