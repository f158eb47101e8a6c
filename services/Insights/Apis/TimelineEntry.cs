using CxPlatform.Insights.Domain;

namespace CxPlatform.Insights.Apis;

/// <summary>One touchpoint as dashboards show it (the stored payload stays inside Insights).</summary>
public sealed record TimelineEntry(
    Guid Id,
    string Kind,
    string Source,
    Guid? CustomerId,
    string? ExternalId,
    Guid? TicketId,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    string Summary,
    IReadOnlyDictionary<string, string> Attributes)
{
    public static TimelineEntry From(Touchpoint t) =>
        new(t.Id, t.Kind, t.Source, t.CustomerId, t.ExternalId, t.TicketId, t.OccurredAt, t.RecordedAt, t.Summary, t.Attributes);
}
