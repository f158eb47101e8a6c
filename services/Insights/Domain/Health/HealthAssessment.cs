namespace CxPlatform.Insights.Domain.Health;

/// <summary>A health score (0–100, higher is healthier) and the components that pulled it down, strongest first (<c>RiskReasons</c> values).</summary>
public sealed record HealthAssessment(double Score, IReadOnlyList<string> Reasons);
