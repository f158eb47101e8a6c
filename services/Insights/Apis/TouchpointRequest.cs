namespace CxPlatform.Insights.Apis;

/// <summary>
/// One touchpoint from outside the platform. Checked by <c>TouchpointValidation</c> rather than attributes, so a batch can
/// reject one item and keep the others.
/// </summary>
/// <param name="Kind">One of <c>TouchpointKinds</c>.</param>
/// <param name="Source">The system it comes from, e.g. "shopify" or "carrier-dhl" (not a platform service's name).</param>
/// <param name="ExternalId">Its id in <paramref name="Source"/>: a second touchpoint with the same source and id is a duplicate. Optional (then every call records a new touchpoint; use <c>Idempotency-Key</c> for retries).</param>
/// <param name="CustomerId">The CareOutreach customer id; null for an anonymous touchpoint (a web visit without login).</param>
/// <param name="OccurredAt">When it happened (any past instant; at most five minutes ahead of the server's clock).</param>
/// <param name="Summary">A short line for the timeline; a default is derived from the kind and attributes.</param>
/// <param name="Attributes">A few flat values (at most 32): <c>order_id</c>, <c>order_total</c>, <c>product</c>, <c>expected_date</c>, <c>rating</c> (1–5 on a review)...</param>
public sealed record TouchpointRequest(
    string? Kind,
    string? Source,
    string? ExternalId,
    Guid? CustomerId,
    DateTimeOffset? OccurredAt,
    string? Summary,
    Dictionary<string, string>? Attributes);
