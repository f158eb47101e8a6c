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

    /// <summary>For trigger <c>schedule</c>: when it runs (stored as JSON).</summary>
    public DistributionSchedule? Schedule { get; private set; }

    /// <summary>For an enabled <c>schedule</c> rule: the next run (a period's instant); the scheduler claims it when due.</summary>
    public DateTimeOffset? NextRunAt { get; private set; }

    /// <summary>The period the latest run covered.</summary>
    public DateTimeOffset? LastRunAt { get; private set; }

    public static DistributionRule Create(string tenantId, Guid surveyId, DistributionRuleDefinition definition, DateTimeOffset now) =>
        new DistributionRule
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
        }.Scheduled(definition.Schedule, now);

    public void Redefine(DistributionRuleDefinition definition, DateTimeOffset now)
    {
        (Trigger, Conditions, Delay, Expiry, ReminderAfter, Enabled) =
            (definition.Trigger, definition.Conditions, definition.Delay, definition.Expiry, definition.ReminderAfter, definition.Enabled);
        Scheduled(definition.Schedule, now);
    }

    /// <summary>A run happened for the period <see cref="NextRunAt"/>: the next one is the first period after now (missed ones are not caught up).</summary>
    public void Ran(DateTimeOffset now)
    {
        LastRunAt = NextRunAt;
        NextRunAt = Schedule!.NextRunAfter(now, CreatedAt);
    }

    private DistributionRule Scheduled(DistributionSchedule? schedule, DateTimeOffset now)
    {
        Schedule = Trigger == DistributionTriggers.Schedule ? schedule : null;
        // A period already run is not run again (the planned invitations' ids are per period), so recomputing from now is safe.
        NextRunAt = Schedule is not null && Enabled ? Schedule.NextRunAfter(now, CreatedAt) : null;
        return this;
    }

    public bool AppliesTo(TriggerFacts facts) => Enabled && Trigger == facts.Trigger && Conditions.Match(facts);
}
