namespace CxPlatform.Insights.Domain;

/// <summary>What the recorder needs to store one touchpoint, whether it came from the ingestion API or from an integration event.</summary>
/// <param name="DedupeKey">Unique per tenant and <paramref name="Source"/>: the external id, or the event id of a platform event.</param>
/// <param name="TicketStatus">The ticket status this event proves at <paramref name="OccurredAt"/>, if it proves one.</param>
/// <param name="IsExternal">Ingested through the API (publishes <c>TouchpointRecorded</c>) rather than consumed from the bus.</param>
public sealed record TouchpointDraft(
    Guid? CustomerId,
    string Kind,
    string Source,
    string DedupeKey,
    string? ExternalId,
    Guid? MessageId,
    Guid? TicketId,
    DateTimeOffset OccurredAt,
    string Summary,
    IReadOnlyDictionary<string, string> Attributes,
    string Payload,
    string? TicketStatus,
    bool IsExternal);
