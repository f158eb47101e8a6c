namespace CxPlatform.Contracts;

/// <summary>Insights recorded a touchpoint from outside the platform (an order, a delivery, a review...); <c>OccurredAt</c> is when it happened.</summary>
/// <param name="CustomerId">Null when the touchpoint could not be tied to a customer (an anonymous web visit).</param>
/// <param name="Kind">One of <see cref="TouchpointKinds"/>.</param>
/// <param name="Source">The system it came from, e.g. "shopify" or "carrier-dhl".</param>
/// <param name="ExternalId">Its id in <paramref name="Source"/>, used to ignore duplicates.</param>
/// <param name="Attributes">A few flat, small values, e.g. order_total, rating; not a document store.</param>
public sealed record TouchpointRecorded(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TouchpointId,
    Guid? CustomerId,
    string Kind,
    string Source,
    string? ExternalId,
    IReadOnlyDictionary<string, string> Attributes) : ICustomerEvent;
