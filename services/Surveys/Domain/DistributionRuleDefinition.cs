namespace CxPlatform.Surveys.Domain;

/// <summary>A rule's settings, already validated by the API (<c>DistributionRuleRequest</c>).</summary>
public sealed record DistributionRuleDefinition(
    string Trigger,
    DistributionConditions Conditions,
    TimeSpan Delay,
    TimeSpan Expiry,
    TimeSpan? ReminderAfter,
    bool Enabled,
    DistributionSchedule? Schedule = null);
