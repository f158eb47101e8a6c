using CxPlatform.Contracts.Grpc.Insights;

namespace CxPlatform.Care.Apis;

public sealed record SurveyScoreResponse(string SurveyKind, int? Score, string? Category, DateTimeOffset? RespondedAt, string? RelatedTicketId)
{
    internal static SurveyScoreResponse From(SurveyScore score) => new(
        score.SurveyKind,
        score.Score,
        string.IsNullOrEmpty(score.Category) ? null : score.Category,
        score.RespondedAt?.ToDateTimeOffset(),
        score.RelatedTicketId);
}
