namespace CxPlatform.Insights.Domain;

/// <summary>What the journey stage rules read: the customer's state row and the number of their open tickets.</summary>
public sealed record JourneyFacts(
    int OrderCount,
    DateTimeOffset LastActivityAt,
    int OpenTickets,
    int? LastNpsScore = null,
    DateTimeOffset? LastNpsAt = null,
    int? LastCsatScore = null,
    DateTimeOffset? LastCsatAt = null,
    int? LastReviewRating = null,
    DateTimeOffset? LastReviewAt = null)
{
    public static JourneyFacts From(CustomerState state, int openTickets) => new(
        state.OrderCount, state.LastActivityAt, openTickets, state.LastNpsScore, state.LastNpsAt, state.LastCsatScore, state.LastCsatAt,
        state.LastReviewRating, state.LastReviewAt);
}
