namespace CxPlatform.Insights.Apis;

/// <summary>
/// The customer 360 at a glance: journey stage, health score (null while there is too little data), at risk by either, what
/// they are computed from, counts per kind, the latest touchpoints and survey answers.
/// <see cref="RiskReasons"/> are the journey stage's; <see cref="HealthReasons"/> what pulled the health score down.
/// </summary>
public sealed record CustomerSummary(
    Guid CustomerId,
    string JourneyStage,
    IReadOnlyList<string> RiskReasons,
    double? HealthScore,
    bool AtRisk,
    IReadOnlyList<string> HealthReasons,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastActivityAt,
    long TouchpointCount,
    int OrderCount,
    DateTimeOffset? LastOrderAt,
    int OpenTickets,
    int? LastNpsScore,
    int? LastCsatScore,
    int? LastReviewRating,
    IReadOnlyDictionary<string, int> CountsByKind,
    IReadOnlyList<TimelineEntry> RecentTouchpoints,
    IReadOnlyList<SurveyScoreEntry> RecentScores);
