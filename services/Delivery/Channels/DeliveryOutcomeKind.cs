namespace CxPlatform.Delivery.Channels;

public enum DeliveryOutcomeKind
{
    Delivered,

    /// <summary>Worth trying again later: the receiver was unreachable, busy or asked to wait.</summary>
    TransientFailure,

    /// <summary>Trying again cannot help: the receiver refused this message.</summary>
    PermanentFailure,
}
