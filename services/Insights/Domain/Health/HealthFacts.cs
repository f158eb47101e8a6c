namespace CxPlatform.Insights.Domain.Health;

/// <summary>
/// What the health score reads: the customer's latest voice-of-customer signals, their support situation and their last
/// activity. Built from the customer's state row plus two counts (open tickets, SLA breaches in the SLA window).
/// </summary>
public sealed record HealthFacts(
    DateTimeOffset LastActivityAt,
    int OpenTickets = 0,
    int RecentSlaBreaches = 0,
    int? LastNpsScore = null,
    DateTimeOffset? LastNpsAt = null,
    int? LastCsatScore = null,
    DateTimeOffset? LastCsatAt = null,
    int? LastReviewRating = null,
    DateTimeOffset? LastReviewAt = null,
    string? LastSentiment = null,
    DateTimeOffset? LastSentimentAt = null)
{
    public static HealthFacts From(CustomerState state, int openTickets, int recentSlaBreaches) => new(
        state.LastActivityAt, openTickets, recentSlaBreaches, state.LastNpsScore, state.LastNpsAt, state.LastCsatScore, state.LastCsatAt,
        state.LastReviewRating, state.LastReviewAt, state.LastSentiment, state.LastSentimentAt);
}
