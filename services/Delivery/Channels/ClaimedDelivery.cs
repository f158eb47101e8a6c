namespace CxPlatform.Delivery.Channels;

/// <summary>A delivery a dispatcher claimed for one attempt. A class, not a record: its secret must never be printed.</summary>
public sealed class ClaimedDelivery
{
    public required string TenantId { get; init; }
    public required Guid Id { get; init; }
    public required string Channel { get; init; }
    public required string Recipient { get; init; }
    public required string Payload { get; init; }
    public string? Secret { get; init; }

    /// <summary>This attempt's number, 1 for the first.</summary>
    public required int Attempt { get; init; }

    public string? TraceParent { get; init; }
}
