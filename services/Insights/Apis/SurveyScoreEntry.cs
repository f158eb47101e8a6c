using CxPlatform.Insights.Domain;

namespace CxPlatform.Insights.Apis;

/// <summary>One survey answer of the customer.</summary>
public sealed record SurveyScoreEntry(string SurveyKind, int? Score, string? Category, DateTimeOffset RespondedAt, Guid? RelatedTicketId)
{
    public static SurveyScoreEntry From(Touchpoint t) => new(
        t.Attributes.GetValueOrDefault(TouchpointAttributes.SurveyKind) ?? "",
        int.TryParse(t.Attributes.GetValueOrDefault(TouchpointAttributes.Score), out var score) ? score : null,
        t.Attributes.GetValueOrDefault(TouchpointAttributes.Category),
        t.OccurredAt,
        Guid.TryParse(t.Attributes.GetValueOrDefault(TouchpointAttributes.RelatedTicketId), out var ticket) ? ticket : null);
}
