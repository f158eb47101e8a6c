namespace CxPlatform.Contracts;

/// <summary>A customer's health score fell below the tenant's threshold: CareOutreach playbooks start a proactive contact.</summary>
/// <param name="HealthScore">0–100, higher is healthier.</param>
/// <param name="Threshold">The at-risk threshold the score fell below.</param>
/// <param name="Reasons">Values of <see cref="RiskReasons"/>, strongest first.</param>
/// <param name="JourneyStage">One of <see cref="JourneyStages"/>, if known.</param>
public sealed record CustomerAtRisk(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CustomerId,
    double HealthScore,
    double Threshold,
    IReadOnlyList<string> Reasons,
    double? PreviousHealthScore,
    string? JourneyStage) : ICustomerEvent
{
    Guid? ICustomerEvent.CustomerId => CustomerId;
}
