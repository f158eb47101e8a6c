using CxPlatform.Insights.Domain;

namespace CxPlatform.Insights.Timeline;

/// <summary>A customer's state row, open tickets and the journey stage they imply now; null state when Insights has not seen the customer.</summary>
public sealed record CustomerSnapshot(CustomerState State, int OpenTickets, JourneyAssessment Journey);
