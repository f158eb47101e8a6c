namespace CxPlatform.Insights.Domain;

/// <summary>The stage and, for <c>at_risk</c>, why (values of <c>RiskReasons</c>).</summary>
public sealed record JourneyAssessment(string Stage, IReadOnlyList<string> RiskReasons);
