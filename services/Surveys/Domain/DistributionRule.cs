using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Surveys.Domain;

/// <summary>When a survey is sent by itself: a trigger, conditions on the event, a delay, the link's lifetime and an optional reminder.</summary>
public sealed class DistributionRule : ITenantScoped
{
    private DistributionRule()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public Guid SurveyId { get; private set; }
    public string Trigger { get; private set; } = "";
    public DistributionConditions Conditions { get; private set; } = DistributionConditions.None;
    public TimeSpan Delay { get; private set; }
    public TimeSpan Expiry { get; private set; }
    public TimeSpan? ReminderAfter { get; private set; }
    public bool Enabled { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static DistributionRule Create(string tenantId, Guid surveyId, DistributionRuleDefinition definition, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            SurveyId = surveyId,
            Trigger = definition.Trigger,
            Conditions = definition.Conditions,
            Delay = definition.Delay,
            Expiry = definition.Expiry,
            ReminderAfter = definition.ReminderAfter,
            Enabled = definition.Enabled,
            CreatedAt = now,
        };

    public void Redefine(DistributionRuleDefinition definition)
    {
        (Trigger, Conditions, Delay, Expiry, ReminderAfter, Enabled) =
            (definition.Trigger, definition.Conditions, definition.Delay, definition.Expiry, definition.ReminderAfter, definition.Enabled);
    }

    public bool AppliesTo(TriggerFacts facts) => Enabled && Trigger == facts.Trigger && Conditions.Match(facts);
}
