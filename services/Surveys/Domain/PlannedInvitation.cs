using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Surveys.Domain;

/// <summary>
/// An invitation a distribution rule planned for one triggering event, issued at <see cref="ScheduledFor"/> if the contact rules
/// allow it then. At most one per (rule, event): the unique index backs up the inbox against a redelivered event.
/// </summary>
public sealed class PlannedInvitation : ITenantScoped
{
    private readonly List<ContactDecision> _decisions = [];

    private PlannedInvitation()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public Guid SurveyId { get; private set; }
    public Guid RuleId { get; private set; }
    public Guid TriggerEventId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid? RelatedTicketId { get; private set; }
    public Guid? RelatedOutreachId { get; private set; }
    public string Status { get; private set; } = PlannedInvitationStatuses.Planned;

    /// <summary>When to try to issue it next: the event's instant plus the rule's delay, later if a contact rule deferred it.</summary>
    public DateTimeOffset ScheduledFor { get; private set; }

    public TimeSpan Expiry { get; private set; }
    public TimeSpan? ReminderAfter { get; private set; }

    /// <summary>Consecutive attempts on which a contact check could not be answered (a callee down): the backoff counts from it.</summary>
    public int UnavailableAttempts { get; private set; }

    public Guid? InvitationId { get; private set; }
    public string? SkipRule { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public IReadOnlyList<ContactDecision> Decisions => _decisions;

    public static PlannedInvitation Plan(string tenantId, DistributionRule rule, TriggerFacts facts, Guid customerId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        TenantId = tenantId,
        SurveyId = rule.SurveyId,
        RuleId = rule.Id,
        TriggerEventId = facts.EventId,
        CustomerId = customerId,
        RelatedTicketId = facts.TicketId,
        RelatedOutreachId = facts.OutreachId,
        // An event delivered late is not sent later still; one stamped in the future counts from now.
        ScheduledFor = (facts.OccurredAt < now ? facts.OccurredAt : now) + rule.Delay,
        Expiry = rule.Expiry,
        ReminderAfter = rule.ReminderAfter,
        CreatedAt = now,
    };

    /// <summary>One customer's invitation of one run of a <c>schedule</c> rule; the trigger id is per rule, period and customer.</summary>
    public static PlannedInvitation ForRun(string tenantId, DistributionRule rule, DateTimeOffset period, Guid customerId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        TenantId = tenantId,
        SurveyId = rule.SurveyId,
        RuleId = rule.Id,
        TriggerEventId = DistributionSchedule.RunEventId(rule.Id, period, customerId),
        CustomerId = customerId,
        ScheduledFor = (period < now ? now : period) + rule.Delay,
        Expiry = rule.Expiry,
        ReminderAfter = rule.ReminderAfter,
        CreatedAt = now,
    };

    public void Issued(Invitation invitation, DateTimeOffset now)
    {
        EnsurePlanned();
        (Status, InvitationId, DecidedAt) = (PlannedInvitationStatuses.Issued, invitation.Id, now);
    }

    public void Skip(string rule, DateTimeOffset now)
    {
        EnsurePlanned();
        _decisions.Add(new ContactDecision(rule, ContactDecision.SkippedOutcome, now, null));
        (Status, SkipRule, DecidedAt) = (PlannedInvitationStatuses.Skipped, rule, now);
    }

    public void Defer(string rule, DateTimeOffset until, DateTimeOffset now)
    {
        EnsurePlanned();
        _decisions.Add(new ContactDecision(rule, ContactDecision.DeferredOutcome, now, until));
        ScheduledFor = until > now ? until : now;
    }

    public int CountUnavailable() => ++UnavailableAttempts;

    public void ContactChecksAnswered() => UnavailableAttempts = 0;

    private void EnsurePlanned()
    {
        if (Status != PlannedInvitationStatuses.Planned)
        {
            throw new InvalidOperationException($"Planned invitation {Id} was already {Status}.");
        }
    }
}
