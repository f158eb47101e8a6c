namespace CxPlatform.Insights.Apis;

/// <summary>The customer 360 at a glance: journey stage, what the stage is computed from, counts per kind, the latest touchpoints and survey answers.</summary>
public sealed record CustomerSummary(
    Guid CustomerId,
    string JourneyStage,
    IReadOnlyList<string> RiskReasons,
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
