using CxPlatform.Care.Domain.Goals;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Care.Domain.Outreach;

/// <summary>
/// One planned contact with a customer, for a care agent or as an automated message. Its lifecycle is
/// <c>scheduled → due → in_progress → done | skipped | failed</c>; creating it raises <see cref="OutreachScheduled"/> and
/// reaching a final state raises <see cref="OutreachCompleted"/>, once, because a final state never changes again.
/// </summary>
public sealed class OutreachTask : AggregateRoot, ITenantScoped
{
    private OutreachTask()
    {
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public Guid CustomerId { get; private set; }
    public string Kind { get; private set; } = "";
    public string Channel { get; private set; } = "";
    public bool IsAutomated { get; private set; }
    public string Team { get; private set; } = "";
    public string? AssigneeId { get; private set; }
    public string Priority { get; private set; } = "";
    public string Language { get; private set; } = "";
    public string Text { get; private set; } = "";
    public string Status { get; private set; } = "";

    /// <summary>When the task becomes actionable (due to be worked); a check-in three days after the event waits until then.</summary>
    public DateTimeOffset ScheduledFor { get; private set; }

    public DateTimeOffset DueAt { get; private set; }
    public Guid? PlaybookId { get; private set; }
    public Guid? TriggerEventId { get; private set; }
    public Guid? RelatedTicketId { get; private set; }
    public string? Outcome { get; private set; }
    public string? Sentiment { get; private set; }
    public string? Notes { get; private set; }

    /// <summary>Why the task was skipped or failed.</summary>
    public string? Reason { get; private set; }

    public string? CompletedBy { get; private set; }

    /// <summary>The care goal this task is an obligation under (set by the playbook that planned it), if any.</summary>
    public Guid? CareGoalId { get; private set; }

    /// <summary>One of <see cref="ObligationStatuses"/> when <see cref="CareGoalId"/> is set, else null.</summary>
    public string? ObligationStatus { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: the optimistic concurrency token behind ETags.</summary>
    public uint Version { get; private set; }

    public bool IsFinal => OutreachStatuses.IsFinal(Status);

    public override string EventStreamKey => Id.ToString();

    /// <summary>A new task: <c>due</c> at once when it is actionable now, else <c>scheduled</c> until <see cref="ScheduledFor"/>.</summary>
    public static OutreachTask Schedule(string tenantId, OutreachTaskDraft draft, DateTimeOffset now)
    {
        var task = new OutreachTask
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            CustomerId = draft.CustomerId,
            Kind = draft.Kind,
            Channel = draft.Channel,
            IsAutomated = draft.IsAutomated,
            Team = draft.Team,
            Priority = draft.Priority,
            Language = draft.Language,
            Text = draft.Text,
            ScheduledFor = draft.ScheduledFor,
            DueAt = draft.DueAt < draft.ScheduledFor ? draft.ScheduledFor : draft.DueAt,
            PlaybookId = draft.PlaybookId,
            TriggerEventId = draft.TriggerEventId,
            RelatedTicketId = draft.RelatedTicketId,
            CareGoalId = draft.CareGoalId,
            ObligationStatus = draft.CareGoalId is null ? null : ObligationStatuses.Open,
            Status = draft.ScheduledFor <= now ? OutreachStatuses.Due : OutreachStatuses.Scheduled,
            CreatedAt = now,
            UpdatedAt = now,
        };
        task.Raise(new OutreachScheduled(
            tenantId, Guid.CreateVersion7(now), now, task.Id, task.CustomerId, task.Kind, task.Channel, task.DueAt, task.IsAutomated,
            task.AssigneeId, task.PlaybookId, task.TriggerEventId, task.RelatedTicketId, task.CareGoalId));
        return task;
    }

    /// <summary>The scheduler's move at <see cref="ScheduledFor"/>.</summary>
    public void BecomeDue(DateTimeOffset now)
    {
        EnsureNotFinal();
        if (Status != OutreachStatuses.Scheduled)
        {
            throw new DomainRuleViolationException("outreach.not_scheduled", $"Only a scheduled task becomes due; this one is {Status}.");
        }
        if (now < ScheduledFor)
        {
            throw new DomainRuleViolationException("outreach.not_due_yet", $"This task is scheduled for {ScheduledFor:O}.");
        }
        (Status, UpdatedAt) = (OutreachStatuses.Due, now);
    }

    /// <summary>The platform handed the automated message to delivery: done, outcome <c>message_sent</c>.</summary>
    public void RecordSent(DateTimeOffset now)
    {
        EnsureNotFinal();
        EnsureAutomated();
        Finish(OutreachStatuses.Done, OutreachOutcomes.MessageSent, null, null, now);
    }

    /// <summary>
    /// The contact budget holds the automated message back (quiet hours, a frequency cap): it is scheduled again for
    /// <paramref name="until"/>, never dropped. A due time it would miss moves along with it.
    /// </summary>
    public void Defer(DateTimeOffset until, DateTimeOffset now)
    {
        EnsureNotFinal();
        EnsureAutomated();
        if (until <= now)
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, "A deferral ends in the future.");
        }
        (Status, ScheduledFor, UpdatedAt) = (OutreachStatuses.Scheduled, until, now);
        if (DueAt < until)
        {
            DueAt = until;
        }
    }

    /// <summary>An agent claims a due task and starts working it; it becomes theirs if nobody had it.</summary>
    public void Start(string agentId, DateTimeOffset now)
    {
        EnsureNotFinal();
        EnsureForAgents();
        switch (Status)
        {
            case OutreachStatuses.Scheduled:
                throw new DomainRuleViolationException("outreach.not_due_yet", $"This task is scheduled for {ScheduledFor:O}; it can be started once it is due.");
            case OutreachStatuses.InProgress:
                throw new DomainRuleViolationException("outreach.already_in_progress", $"{AssigneeId ?? "Someone"} is already working this task.");
        }
        if (AssigneeId is not null && AssigneeId != agentId)
        {
            throw new DomainRuleViolationException("outreach.assigned_to_another_agent", $"This task is assigned to {AssigneeId}; reassign it first.");
        }
        (Status, AssigneeId, StartedAt, UpdatedAt) = (OutreachStatuses.InProgress, agentId, now, now);
    }

    /// <summary>The agent reached out: how it went (one of <see cref="DoneOutcomes"/>), the customer's mood and notes.</summary>
    public void Complete(string outcome, string? sentiment, string? notes, string agentId, DateTimeOffset now)
    {
        EnsureNotFinal();
        EnsureForAgents();
        if (Status != OutreachStatuses.InProgress)
        {
            throw new DomainRuleViolationException("outreach.not_in_progress", $"Start the task before completing it; it is {Status}.");
        }
        (Sentiment, Notes) = (sentiment, notes);
        Finish(OutreachStatuses.Done, outcome, null, agentId, now);
    }

    /// <summary>Nobody will reach out (the customer already called, the contact policy forbids it…); allowed until the task is final.</summary>
    public void Skip(string reason, string? actorId, DateTimeOffset now)
    {
        EnsureNotFinal();
        Finish(OutreachStatuses.Skipped, OutreachOutcomes.Skipped, reason, actorId, now);
    }

    /// <summary>The outreach was attempted and could not be made (a wrong number, a bounced address).</summary>
    public void Fail(string reason, string? actorId, DateTimeOffset now)
    {
        EnsureNotFinal();
        if (Status == OutreachStatuses.Scheduled)
        {
            throw new DomainRuleViolationException("outreach.not_due_yet", "A task that is not due yet cannot have failed; skip it instead.");
        }
        Finish(OutreachStatuses.Failed, OutreachOutcomes.Undeliverable, reason, actorId, now);
    }

    /// <summary>Hands the task to another agent and/or team; a null assignee leaves it to the team's queue.</summary>
    public void Reassign(string? assigneeId, string team, DateTimeOffset now)
    {
        EnsureNotFinal();
        if (IsAutomated && assigneeId is not null)
        {
            throw new DomainRuleViolationException("outreach.automated_message", "An automated message is sent by the platform, not by an agent.");
        }
        if (Status == OutreachStatuses.InProgress && assigneeId != AssigneeId)
        {
            // Whoever picks it up next starts it again.
            (Status, StartedAt) = (OutreachStatuses.Due, null);
        }
        (AssigneeId, Team, UpdatedAt) = (assigneeId, team, now);
    }

    /// <summary>
    /// The goal scheduler's move once the due instant has passed with the obligation still open: it is missed for good, and
    /// <see cref="CareGoalMissed"/> is raised while the goal exists (a deleted goal's misses are recorded silently).
    /// </summary>
    public void MissCareGoal(CareGoal? goal, DateTimeOffset now)
    {
        if (ObligationStatus != ObligationStatuses.Open || now <= DueAt)
        {
            throw new DomainRuleViolationException("outreach.obligation_not_missable", $"The obligation is {ObligationStatus ?? "none"}, due {DueAt:O}.");
        }
        ObligationStatus = ObligationStatuses.Missed;
        if (goal is not null)
        {
            Raise(new CareGoalMissed(
                TenantId, Guid.CreateVersion7(now), now, goal.Id, goal.Name, CustomerId, DueAt, goal.TargetRate, Id, RelatedTicketId, TriggerEventId));
        }
    }

    private void Finish(string status, string outcome, string? reason, string? actorId, DateTimeOffset now)
    {
        (Status, Outcome, Reason, CompletedBy, CompletedAt, UpdatedAt) = (status, outcome, reason, actorId, now, now);
        if (ObligationStatus == ObligationStatuses.Open && status == OutreachStatuses.Done
            && ObligationStatuses.ContactOutcomes.Contains(outcome) && now <= DueAt)
        {
            ObligationStatus = ObligationStatuses.Met;
        }
        Raise(new OutreachCompleted(
            TenantId, Guid.CreateVersion7(now), now, Id, CustomerId, Kind, Channel, outcome, Sentiment, IsAutomated, actorId, DueAt,
            PlaybookId, RelatedTicketId, CareGoalId));
    }

    private void EnsureNotFinal()
    {
        if (IsFinal)
        {
            throw new DomainRuleViolationException("outreach.completed_is_final", $"This task is {Status}; a completed task never changes.");
        }
    }

    private void EnsureAutomated()
    {
        if (!IsAutomated)
        {
            throw new DomainRuleViolationException("outreach.agent_task", "Only automated messages are sent or deferred by the platform.");
        }
    }

    private void EnsureForAgents()
    {
        if (IsAutomated)
        {
            throw new DomainRuleViolationException(
                "outreach.automated_message", "An automated message is sent by the platform; agents can only skip it.");
        }
    }
}
