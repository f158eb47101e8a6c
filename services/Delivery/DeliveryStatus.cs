namespace CxPlatform.Delivery;

/// <summary><c>pending → sending → delivered | failed</c>; a transient failure takes <c>sending</c> back to <c>pending</c>.</summary>
public enum DeliveryStatus
{
    Pending,
    Sending,
    Delivered,
    Failed,
}
