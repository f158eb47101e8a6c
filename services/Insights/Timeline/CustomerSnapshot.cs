using CxPlatform.Contracts;
using CxPlatform.Insights.Domain;

namespace CxPlatform.Insights.Timeline;

/// <summary>A customer's state row, open tickets and the journey stage they imply now; null state when Insights has not seen the customer.</summary>
public sealed record CustomerSnapshot(CustomerState State, int OpenTickets, JourneyAssessment Journey)
{
    /// <summary>At risk by the journey rules, or by the health score (below the threshold and not re-armed yet).</summary>
    public bool AtRisk => Journey.Stage == JourneyStages.AtRisk || State.BelowThreshold;

    /// <summary>The journey stage's reasons, then the health score's, without repeats.</summary>
    public IReadOnlyList<string> RiskReasons => Journey.RiskReasons.Concat(State.HealthReasons).Distinct().ToList();
}
