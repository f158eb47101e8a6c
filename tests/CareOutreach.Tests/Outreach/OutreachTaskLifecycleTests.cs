using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Domain;

namespace CxPlatform.Care.Tests.Outreach;

/// <summary>The task's state machine, on the aggregate: scheduled → due → in_progress → done | skipped | failed.</summary>
public sealed class OutreachTaskLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_task_actionable_now_is_due_at_once_and_one_for_later_is_scheduled_and_both_publish_OutreachScheduled()
    {
        var now = Task(scheduledIn: TimeSpan.Zero);
        var later = Task(scheduledIn: TimeSpan.FromDays(3));

        Assert.Equal((OutreachStatuses.Due, OutreachStatuses.Scheduled), (now.Status, later.Status));
        var scheduled = Assert.IsType<OutreachScheduled>(Assert.Single(later.PendingEvents));
        Assert.Equal((later.Id, later.DueAt, later.Kind, false), (scheduled.OutreachId, scheduled.DueAt, scheduled.Kind, scheduled.IsAutomated));
    }

    [Fact]
    public void The_happy_path_ends_done_and_publishes_OutreachCompleted_once()
    {
        var task = Task(scheduledIn: TimeSpan.FromHours(1));
        task.BecomeDue(Now.AddHours(1));
        task.Start("agent-1", Now.AddHours(2));
        task.Complete(OutreachOutcomes.Reached, Sentiments.Positive, "Happy again.", "agent-1", Now.AddHours(3));

        Assert.Equal((OutreachStatuses.Done, "agent-1", "agent-1"), (task.Status, task.AssigneeId, task.CompletedBy));
        var completed = Assert.Single(task.PendingEvents.OfType<OutreachCompleted>());
        Assert.Equal((OutreachOutcomes.Reached, Sentiments.Positive, "agent-1"), (completed.Outcome, completed.Sentiment, completed.CompletedBy));
        Assert.Throws<DomainRuleViolationException>(() => task.Complete(OutreachOutcomes.Reached, null, null, "agent-1", Now.AddHours(4)));
        Assert.Single(task.PendingEvents.OfType<OutreachCompleted>());
    }

    public static TheoryData<string, string, string> InvalidMoves => new()
    {
        // from, move, rule
        { OutreachStatuses.Scheduled, "become_due_early", "outreach.not_due_yet" },
        { OutreachStatuses.Scheduled, "start", "outreach.not_due_yet" },
        { OutreachStatuses.Scheduled, "complete", "outreach.not_in_progress" },
        { OutreachStatuses.Scheduled, "fail", "outreach.not_due_yet" },
        { OutreachStatuses.Due, "become_due", "outreach.not_scheduled" },
        { OutreachStatuses.Due, "complete", "outreach.not_in_progress" },
        { OutreachStatuses.InProgress, "become_due", "outreach.not_scheduled" },
        { OutreachStatuses.InProgress, "start", "outreach.already_in_progress" },
        { OutreachStatuses.Done, "become_due", "outreach.completed_is_final" },
        { OutreachStatuses.Done, "start", "outreach.completed_is_final" },
        { OutreachStatuses.Done, "complete", "outreach.completed_is_final" },
        { OutreachStatuses.Done, "skip", "outreach.completed_is_final" },
        { OutreachStatuses.Done, "fail", "outreach.completed_is_final" },
        { OutreachStatuses.Done, "reassign", "outreach.completed_is_final" },
        { OutreachStatuses.Skipped, "start", "outreach.completed_is_final" },
        { OutreachStatuses.Skipped, "complete", "outreach.completed_is_final" },
        { OutreachStatuses.Skipped, "skip", "outreach.completed_is_final" },
        { OutreachStatuses.Skipped, "fail", "outreach.completed_is_final" },
        { OutreachStatuses.Skipped, "reassign", "outreach.completed_is_final" },
        { OutreachStatuses.Failed, "start", "outreach.completed_is_final" },
        { OutreachStatuses.Failed, "complete", "outreach.completed_is_final" },
        { OutreachStatuses.Failed, "skip", "outreach.completed_is_final" },
        { OutreachStatuses.Failed, "fail", "outreach.completed_is_final" },
        { OutreachStatuses.Failed, "reassign", "outreach.completed_is_final" },
    };

    [Theory]
    [MemberData(nameof(InvalidMoves))]
    public void Every_move_the_lifecycle_does_not_allow_is_refused_naming_the_rule_and_changes_nothing(string from, string move, string rule)
    {
        var task = TaskIn(from);
        var (status, events) = (task.Status, task.PendingEvents.Count);

        var refused = Assert.Throws<DomainRuleViolationException>(() => Apply(task, move));

        Assert.Equal(rule, refused.Rule);
        Assert.Equal((status, events), (task.Status, task.PendingEvents.Count));
    }

    [Theory]
    [InlineData(OutreachStatuses.Scheduled)]
    [InlineData(OutreachStatuses.Due)]
    [InlineData(OutreachStatuses.InProgress)]
    public void An_open_task_can_be_skipped_with_its_reason_and_outcome_skipped(string from)
    {
        var task = TaskIn(from);

        task.Skip("Customer called us first.", "agent-2", Now.AddDays(5));

        Assert.Equal((OutreachStatuses.Skipped, OutreachOutcomes.Skipped, "Customer called us first."), (task.Status, task.Outcome, task.Reason));
        Assert.Equal(OutreachOutcomes.Skipped, Assert.Single(task.PendingEvents.OfType<OutreachCompleted>()).Outcome);
    }

    [Theory]
    [InlineData(OutreachStatuses.Due)]
    [InlineData(OutreachStatuses.InProgress)]
    public void A_due_or_started_task_can_fail_as_undeliverable(string from)
    {
        var task = TaskIn(from);

        task.Fail("The number does not exist.", "agent-1", Now.AddDays(5));

        Assert.Equal((OutreachStatuses.Failed, OutreachOutcomes.Undeliverable), (task.Status, task.Outcome));
        Assert.Single(task.PendingEvents.OfType<OutreachCompleted>());
    }

    [Fact]
    public void A_task_assigned_to_another_agent_cannot_be_started_until_it_is_reassigned()
    {
        var task = Task(scheduledIn: TimeSpan.Zero);
        task.Reassign("agent-2", "care", Now);

        Assert.Equal("outreach.assigned_to_another_agent", Assert.Throws<DomainRuleViolationException>(() => task.Start("agent-1", Now)).Rule);
        task.Reassign("agent-1", "care", Now);
        task.Start("agent-1", Now);
        Assert.Equal(OutreachStatuses.InProgress, task.Status);
    }

    [Fact]
    public void Reassigning_a_started_task_to_someone_else_puts_it_back_to_due()
    {
        var task = TaskIn(OutreachStatuses.InProgress);

        task.Reassign("agent-2", "care-emea", Now);

        Assert.Equal((OutreachStatuses.Due, "agent-2", "care-emea", (DateTimeOffset?)null), (task.Status, task.AssigneeId, task.Team, task.StartedAt));
    }

    [Fact]
    public void Agents_cannot_start_or_complete_an_automated_message_but_can_skip_it()
    {
        var task = Task(scheduledIn: TimeSpan.Zero, automated: true);

        Assert.Equal("outreach.automated_message", Assert.Throws<DomainRuleViolationException>(() => task.Start("agent-1", Now)).Rule);
        Assert.Equal("outreach.automated_message", Assert.Throws<DomainRuleViolationException>(() => task.Reassign("agent-1", "care", Now)).Rule);
        task.Skip("Sent by hand.", "agent-1", Now);
        Assert.Equal(OutreachStatuses.Skipped, task.Status);
    }

    private static OutreachTask TaskIn(string status)
    {
        var task = Task(scheduledIn: TimeSpan.FromHours(1));
        if (status == OutreachStatuses.Scheduled)
        {
            return task;
        }
        task.BecomeDue(Now.AddHours(1));
        if (status != OutreachStatuses.Due)
        {
            task.Start("agent-1", Now.AddHours(1));
        }
        switch (status)
        {
            case OutreachStatuses.Done:
                task.Complete(OutreachOutcomes.NoAnswer, null, null, "agent-1", Now.AddHours(2));
                break;
            case OutreachStatuses.Skipped:
                task.Skip("No need.", "agent-1", Now.AddHours(2));
                break;
            case OutreachStatuses.Failed:
                task.Fail("Wrong number.", "agent-1", Now.AddHours(2));
                break;
        }
        return task;
    }

    private static void Apply(OutreachTask task, string move)
    {
        var later = Now.AddDays(10);
        switch (move)
        {
            case "become_due_early": task.BecomeDue(Now); break;
            case "become_due": task.BecomeDue(later); break;
            case "start": task.Start("agent-1", later); break;
            case "complete": task.Complete(OutreachOutcomes.Reached, null, null, "agent-1", later); break;
            case "skip": task.Skip("why", "agent-1", later); break;
            case "fail": task.Fail("why", "agent-1", later); break;
            case "reassign": task.Reassign("agent-2", "care", later); break;
            default: throw new ArgumentOutOfRangeException(nameof(move), move, null);
        }
    }

    private static OutreachTask Task(TimeSpan scheduledIn, bool automated = false) => OutreachTask.Schedule("acme", new OutreachTaskDraft(
        Guid.NewGuid(), OutreachKinds.CheckIn, ContactChannels.Email, automated, "care", OutreachPriorities.Normal, "en", "Hi!",
        Now + scheduledIn, Now + scheduledIn + TimeSpan.FromHours(8), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()), Now);
}
