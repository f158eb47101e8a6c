using CxPlatform.Surveys.Scoring;

namespace CxPlatform.Surveys.Results;

/// <summary>
/// Results of a survey for a period: invitations sent (created), responses completed and started, the response rate (completed /
/// sent, null when nothing was sent), the kind's score with its interval and formula version, the distribution over the kind's
/// scale, and the latest comments. Scores are null, never 0, without responses.
/// </summary>
public sealed record SurveyResults(
    Guid SurveyId,
    string Kind,
    int? Version,
    DateTimeOffset? From,
    DateTimeOffset? To,
    int Sent,
    int Answered,
    int PartiallyAnswered,
    double? ResponseRate,
    NpsResult? Nps,
    CsatResult? Csat,
    CesResult? Ces,
    IReadOnlyList<ScoreCount> Distribution,
    IReadOnlyList<ResultComment> Comments);
