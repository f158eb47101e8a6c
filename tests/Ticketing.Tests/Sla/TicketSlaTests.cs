using CxPlatform.ServiceDefaults.BusinessTime;
using CxPlatform.Contracts;
using CxPlatform.Ticketing.Apis;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Domain.Sla;
using Microsoft.Extensions.Time.Testing;
using static CxPlatform.Ticketing.Tests.Sla.Calendars;

namespace CxPlatform.Ticketing.Tests.Sla;

/// <summary>The SLA rules of a ticket, on a Zurich office calendar (Monday to Friday, 09:00–17:00), starting Monday 2 March 2026, 09:00.</summary>
public sealed class TicketSlaTests
{
    private static readonly Guid OfficeId = Guid.CreateVersion7();
    private static readonly IReadOnlyDictionary<Guid, BusinessCalendar> OfficeCalendar = new Dictionary<Guid, BusinessCalendar> { [OfficeId] = Office(Zurich) };

    private readonly FakeTimeProvider _clock = new(At(Zurich, "2026-03-02 09:00"));
    private readonly SlaPolicy _standard = Policies.Create("Standard", firstReply: 60, nextReply: 120, resolution: 480, calendarId: OfficeId);
    private readonly SlaPolicySet _policies;

    public TicketSlaTests() => _policies = new SlaPolicySet([_standard], OfficeCalendar);

    private DateTimeOffset Now => _clock.GetUtcNow();

    [Fact]
    public void Opening_a_ticket_starts_first_reply_and_resolution_counted_in_business_minutes()
    {
        var ticket = Open();

        Assert.Equal(At(Zurich, "2026-03-02 10:00"), Target(ticket, SlaMetrics.FirstReply).DueAt);
        Assert.Equal(At(Zurich, "2026-03-02 17:00"), Target(ticket, SlaMetrics.Resolution).DueAt);
        Assert.DoesNotContain(ticket.SlaTargets, t => t.Metric == SlaMetrics.NextReply);
        Assert.All(ticket.SlaTargets, t => Assert.Equal((_standard.Id, false, false), (t.PolicyId, t.IsPaused, t.IsBreached)));
    }

    [Fact]
    public void A_ticket_no_policy_matches_gets_no_targets()
    {
        var chatOnly = new SlaPolicySet([Policies.Create("Chat", channels: [TicketChannels.Chat])], OfficeCalendar);
        Assert.Empty(Open(chatOnly).SlaTargets);
    }

    [Fact]
    public void Pending_pauses_every_running_target_and_reopening_schedules_what_was_left()
    {
        var ticket = Open();
        _clock.SetUtcNow(At(Zurich, "2026-03-02 09:30"));
        ticket.ChangeStatus(TicketStatuses.Pending, Author.Agent("agent-1"), Now, _policies);

        var firstReply = Target(ticket, SlaMetrics.FirstReply);
        Assert.Equal((true, (DateTimeOffset?)null), (firstReply.IsPaused, firstReply.DueAt));
        _clock.SetUtcNow(At(Zurich, "2026-03-02 14:30"));
        Assert.Equal(TimeSpan.FromMinutes(30), Remaining(firstReply));
        Assert.Equal(TimeSpan.FromMinutes(450), Remaining(Target(ticket, SlaMetrics.Resolution)));

        ticket.ChangeStatus(TicketStatuses.Open, Author.Agent("agent-1"), Now, _policies);

        Assert.Equal(At(Zurich, "2026-03-02 15:00"), firstReply.DueAt);
        Assert.Equal(At(Zurich, "2026-03-03 14:00"), Target(ticket, SlaMetrics.Resolution).DueAt);
        Assert.False(firstReply.IsPaused);
    }

    [Fact]
    public void Between_pending_and_on_hold_the_clock_stays_paused()
    {
        var ticket = Open();
        _clock.SetUtcNow(At(Zurich, "2026-03-02 09:15"));
        ticket.ChangeStatus(TicketStatuses.Pending, Author.Agent("agent-1"), Now, _policies);
        _clock.SetUtcNow(At(Zurich, "2026-03-02 11:00"));
        ticket.ChangeStatus(TicketStatuses.OnHold, Author.Agent("agent-1"), Now, _policies);
        _clock.SetUtcNow(At(Zurich, "2026-03-03 11:00"));

        Assert.Equal(TimeSpan.FromMinutes(45), Remaining(Target(ticket, SlaMetrics.FirstReply)));
        ticket.ChangeStatus(TicketStatuses.Open, Author.Agent("agent-1"), Now, _policies);
        Assert.Equal(At(Zurich, "2026-03-03 11:45"), Target(ticket, SlaMetrics.FirstReply).DueAt);
    }

    [Fact]
    public void An_agents_public_reply_achieves_first_reply_while_resolution_keeps_running()
    {
        var ticket = Open();
        _clock.SetUtcNow(At(Zurich, "2026-03-02 09:20"));

        ticket.UpdateSlaForPublicReply(ActorKinds.Agent, Now, _policies);
        _clock.SetUtcNow(At(Zurich, "2026-03-02 12:00"));

        var firstReply = Target(ticket, SlaMetrics.FirstReply);
        Assert.Equal((At(Zurich, "2026-03-02 09:20"), false), (firstReply.AchievedAt, firstReply.IsBreached));
        Assert.Equal(TimeSpan.FromMinutes(40), Remaining(firstReply));
        Assert.Equal(TimeSpan.FromMinutes(300), Remaining(Target(ticket, SlaMetrics.Resolution)));
        Assert.Equal(At(Zurich, "2026-03-02 09:20"), ticket.FirstRepliedAt);
    }

    [Fact]
    public void A_customers_reply_starts_next_reply_only_once_an_agent_has_replied()
    {
        var ticket = Open();
        _clock.SetUtcNow(At(Zurich, "2026-03-02 09:10"));
        ticket.UpdateSlaForPublicReply(ActorKinds.Customer, Now, _policies);
        Assert.DoesNotContain(ticket.SlaTargets, t => t.Metric == SlaMetrics.NextReply);

        _clock.SetUtcNow(At(Zurich, "2026-03-02 09:20"));
        ticket.UpdateSlaForPublicReply(ActorKinds.Agent, Now, _policies);
        _clock.SetUtcNow(At(Zurich, "2026-03-02 16:00"));
        ticket.UpdateSlaForPublicReply(ActorKinds.Customer, Now, _policies);

        var nextReply = Target(ticket, SlaMetrics.NextReply);
        Assert.Equal((At(Zurich, "2026-03-02 16:00"), At(Zurich, "2026-03-03 10:00")), (nextReply.StartedAt, nextReply.DueAt));
    }

    [Fact]
    public void More_customer_replies_do_not_restart_next_reply_and_the_next_agent_reply_achieves_it()
    {
        var ticket = Open();
        ticket.UpdateSlaForPublicReply(ActorKinds.Agent, Now, _policies);
        _clock.SetUtcNow(At(Zurich, "2026-03-02 09:40"));
        ticket.UpdateSlaForPublicReply(ActorKinds.Customer, Now, _policies);
        _clock.SetUtcNow(At(Zurich, "2026-03-02 10:00"));
        ticket.UpdateSlaForPublicReply(ActorKinds.Customer, Now, _policies);
        Assert.Equal(At(Zurich, "2026-03-02 09:40"), Assert.Single(NextReplies(ticket)).StartedAt);

        _clock.SetUtcNow(At(Zurich, "2026-03-02 10:30"));
        ticket.UpdateSlaForPublicReply(ActorKinds.Agent, Now, _policies);
        Assert.Equal(At(Zurich, "2026-03-02 10:30"), Assert.Single(NextReplies(ticket)).AchievedAt);

        _clock.SetUtcNow(At(Zurich, "2026-03-02 11:00"));
        ticket.UpdateSlaForPublicReply(ActorKinds.Customer, Now, _policies);
        Assert.Equal(2, NextReplies(ticket).Count);
        Assert.Equal(At(Zurich, "2026-03-02 13:00"), Target(ticket, SlaMetrics.NextReply).DueAt);
    }

    [Fact]
    public void Solving_achieves_every_running_target_and_reopening_resumes_resolution_on_what_remained()
    {
        var ticket = Open();
        _clock.SetUtcNow(At(Zurich, "2026-03-02 09:50"));
        ticket.ChangeStatus(TicketStatuses.Solved, Author.Agent("agent-1"), Now, _policies);
        Assert.All(ticket.SlaTargets, t => Assert.Equal(At(Zurich, "2026-03-02 09:50"), t.AchievedAt));

        _clock.SetUtcNow(At(Zurich, "2026-03-03 09:00"));
        ticket.ChangeStatus(TicketStatuses.Open, Author.Agent("agent-1"), Now, _policies);

        var resolution = Target(ticket, SlaMetrics.Resolution);
        Assert.Equal(((DateTimeOffset?)null, At(Zurich, "2026-03-03 16:10")), (resolution.AchievedAt, resolution.DueAt));
        Assert.NotNull(Target(ticket, SlaMetrics.FirstReply).AchievedAt);
    }

    [Fact]
    public void An_agent_reply_while_pending_achieves_first_reply_and_reopening_does_not_restart_it()
    {
        var ticket = Open();
        _clock.SetUtcNow(At(Zurich, "2026-03-02 09:30"));
        ticket.ChangeStatus(TicketStatuses.Pending, Author.Agent("agent-1"), Now, _policies);
        _clock.SetUtcNow(At(Zurich, "2026-03-02 13:00"));
        ticket.UpdateSlaForPublicReply(ActorKinds.Agent, Now, _policies);
        ticket.ChangeStatus(TicketStatuses.Open, Author.Agent("agent-1"), Now, _policies);

        var firstReply = Target(ticket, SlaMetrics.FirstReply);
        Assert.Equal((At(Zurich, "2026-03-02 13:00"), false, false), (firstReply.AchievedAt, firstReply.IsPaused, firstReply.IsBreached));
        Assert.Equal(TimeSpan.FromMinutes(30), Remaining(firstReply));
        Assert.Equal(At(Zurich, "2026-03-03 12:30"), Target(ticket, SlaMetrics.Resolution).DueAt);
    }

    [Fact]
    public void A_resolution_breached_before_solving_stays_breached_when_reopened_and_its_overrun_keeps_growing()
    {
        var ticket = Open();
        _clock.SetUtcNow(At(Zurich, "2026-03-02 17:00"));
        ticket.RecordSlaBreaches([.. ticket.SlaTargets.Select(t => t.Id)], Now);
        _clock.SetUtcNow(At(Zurich, "2026-03-03 09:30"));
        ticket.ChangeStatus(TicketStatuses.Solved, Author.Agent("agent-1"), Now, _policies);
        _clock.SetUtcNow(At(Zurich, "2026-03-04 09:00"));
        ticket.ChangeStatus(TicketStatuses.Open, Author.Agent("agent-1"), Now, _policies);
        _clock.SetUtcNow(At(Zurich, "2026-03-04 10:00"));

        var resolution = Target(ticket, SlaMetrics.Resolution);
        Assert.Equal((true, At(Zurich, "2026-03-02 17:00"), (DateTimeOffset?)null), (resolution.IsBreached, resolution.DueAt, resolution.AchievedAt));
        Assert.Equal(TimeSpan.FromMinutes(-90), Remaining(resolution));
        Assert.Equal(2, Breaches(ticket).Count);
    }

    [Fact]
    public void A_due_target_is_breached_once_with_an_SlaBreached_naming_metric_due_instant_and_policy()
    {
        var ticket = Open();
        var ids = ticket.SlaTargets.Select(t => t.Id).ToList();

        _clock.SetUtcNow(At(Zurich, "2026-03-02 09:59"));
        ticket.RecordSlaBreaches(ids, Now);
        Assert.Empty(Breaches(ticket));

        _clock.SetUtcNow(At(Zurich, "2026-03-02 10:00"));
        ticket.RecordSlaBreaches(ids, Now);
        ticket.RecordSlaBreaches(ids, Now);

        var breach = Assert.Single(Breaches(ticket));
        Assert.Equal(
            (SlaMetrics.FirstReply, At(Zurich, "2026-03-02 10:00"), _standard.Id, ticket.Id, ticket.Number, (Guid?)null, (string?)null),
            (breach.Metric, breach.DueAt, breach.PolicyId, breach.TicketId, breach.Number, breach.GroupId, breach.AssigneeId));
        Assert.True(Target(ticket, SlaMetrics.FirstReply).IsBreached);
    }

    [Fact]
    public void An_agent_reply_after_the_due_instant_records_the_breach_before_achieving()
    {
        var ticket = Open();
        _clock.SetUtcNow(At(Zurich, "2026-03-02 10:05"));

        ticket.UpdateSlaForPublicReply(ActorKinds.Agent, Now, _policies);

        var firstReply = Target(ticket, SlaMetrics.FirstReply);
        Assert.Equal(SlaMetrics.FirstReply, Assert.Single(Breaches(ticket)).Metric);
        Assert.Equal((true, Now), (firstReply.IsBreached, firstReply.AchievedAt));
        Assert.Equal(TimeSpan.FromMinutes(-5), Remaining(firstReply));
    }

    [Fact]
    public void Pausing_after_the_due_instant_still_records_the_breach_and_keeps_the_due_instant()
    {
        var ticket = Open();
        _clock.SetUtcNow(At(Zurich, "2026-03-02 10:05"));

        ticket.ChangeStatus(TicketStatuses.Pending, Author.Agent("agent-1"), Now, _policies);
        _clock.SetUtcNow(At(Zurich, "2026-03-02 12:00"));

        var firstReply = Target(ticket, SlaMetrics.FirstReply);
        Assert.Single(Breaches(ticket));
        Assert.Equal((true, At(Zurich, "2026-03-02 10:00")), (firstReply.IsPaused, firstReply.DueAt));
        Assert.Equal(TimeSpan.FromMinutes(-5), Remaining(firstReply));
    }

    [Theory]
    [InlineData("2026-03-02 09:59:30", 1, false)]
    [InlineData("2026-03-02 10:00:00", 0, true)]
    [InlineData("2026-03-02 10:00:30", -1, true)]
    [InlineData("2026-03-02 10:30:00", -30, true)]
    public void The_ticket_shows_remaining_minutes_rounded_away_from_zero_and_breached_from_the_due_instant(string at, long remaining, bool breached)
    {
        var ticket = Open();
        _clock.SetUtcNow(At(Zurich, at));

        var shown = SlaTargetResponse.ListFor(ticket.SlaTargets, _policies, Now);

        Assert.Equal([SlaMetrics.FirstReply, SlaMetrics.Resolution], shown.Select(s => s.Metric));
        Assert.Equal((remaining, breached, At(Zurich, "2026-03-02 10:00")), (shown[0].RemainingMinutes, shown[0].Breached, shown[0].DueAt));
    }

    [Fact]
    public void A_stricter_policy_recomputes_running_targets_from_their_start()
    {
        var ticket = Open();
        var urgent = Policies.Create("Urgent", position: 0, firstReply: 30, nextReply: null, resolution: 240, calendarId: OfficeId);
        _clock.SetUtcNow(At(Zurich, "2026-03-02 09:10"));

        ticket.ReevaluateSla(Now, new SlaPolicySet([urgent, _standard], OfficeCalendar));

        Assert.Equal((urgent.Id, At(Zurich, "2026-03-02 09:30")), (Target(ticket, SlaMetrics.FirstReply).PolicyId, Target(ticket, SlaMetrics.FirstReply).DueAt));
        Assert.Equal(At(Zurich, "2026-03-02 13:00"), Target(ticket, SlaMetrics.Resolution).DueAt);
        Assert.Empty(Breaches(ticket));
    }

    [Fact]
    public void A_stricter_goal_already_exceeded_is_breached_at_the_change()
    {
        var ticket = Open();
        var urgent = Policies.Create("Urgent", position: 0, firstReply: 30, calendarId: OfficeId);
        _clock.SetUtcNow(At(Zurich, "2026-03-02 09:40"));

        ticket.ReevaluateSla(Now, new SlaPolicySet([urgent], OfficeCalendar));

        var breach = Assert.Single(Breaches(ticket));
        Assert.Equal((SlaMetrics.FirstReply, Now, urgent.Id), (breach.Metric, breach.DueAt, breach.PolicyId));
    }

    [Fact]
    public void A_policy_without_a_metric_ends_that_target_and_one_that_adds_a_metric_counts_it_from_creation()
    {
        var ticket = Open(new SlaPolicySet([Policies.Create("Reply only", firstReply: 60, resolution: null, calendarId: OfficeId)], OfficeCalendar));
        _clock.SetUtcNow(At(Zurich, "2026-03-02 09:30"));

        ticket.ReevaluateSla(Now, new SlaPolicySet([Policies.Create("Resolution only", firstReply: null, resolution: 240, calendarId: OfficeId)], OfficeCalendar));

        var resolution = Assert.Single(ticket.SlaTargets);
        Assert.Equal((SlaMetrics.Resolution, At(Zurich, "2026-03-02 09:00"), At(Zurich, "2026-03-02 13:00")), (resolution.Metric, resolution.StartedAt, resolution.DueAt));
    }

    [Fact]
    public void Breached_and_achieved_targets_stay_as_they_were_and_a_replied_ticket_gets_no_new_first_reply()
    {
        var ticket = Open();
        _clock.SetUtcNow(At(Zurich, "2026-03-02 10:00"));
        ticket.RecordSlaBreaches([.. ticket.SlaTargets.Select(t => t.Id)], Now);
        ticket.UpdateSlaForPublicReply(ActorKinds.Agent, Now, _policies);
        var urgent = Policies.Create("Urgent", position: 0, firstReply: 5, resolution: 600, calendarId: OfficeId);

        ticket.ReevaluateSla(Now, new SlaPolicySet([urgent], OfficeCalendar));

        var firstReply = Assert.Single(ticket.SlaTargets, t => t.Metric == SlaMetrics.FirstReply);
        Assert.Equal((_standard.Id, true, 60), (firstReply.PolicyId, firstReply.IsBreached, firstReply.GoalMinutes));
        Assert.Equal((urgent.Id, At(Zurich, "2026-03-03 11:00")), (Target(ticket, SlaMetrics.Resolution).PolicyId, Target(ticket, SlaMetrics.Resolution).DueAt));
        Assert.Single(Breaches(ticket));
    }

    [Fact]
    public void A_ticket_no_policy_matches_any_more_loses_its_running_targets()
    {
        var ticket = Open();

        ticket.ReevaluateSla(Now, SlaPolicySet.None);

        Assert.Empty(ticket.SlaTargets);
    }

    private Ticket Open(SlaPolicySet? policies = null) => Ticket.Open(
        "acme", 1001,
        new NewTicket("Broken vase", "Arrived broken", new Requester(null, "jane@example.com", "Jane"), TicketChannels.Email, TicketTypes.Complaint, TicketPriorities.High),
        Author.Agent("agent-1"), Now, policies ?? _policies);

    private TimeSpan Remaining(SlaTarget target) => target.RemainingAt(Now, _policies.CalendarOf(target.CalendarId));

    private static SlaTarget Target(Ticket ticket, string metric) => ticket.SlaTargets.Where(t => t.Metric == metric).MaxBy(t => t.StartedAt)!;

    private static List<SlaTarget> NextReplies(Ticket ticket) => [.. ticket.SlaTargets.Where(t => t.Metric == SlaMetrics.NextReply)];

    private static List<SlaBreached> Breaches(Ticket ticket) => [.. ticket.PendingEvents.OfType<SlaBreached>()];
}
