using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Tests;

public sealed class TicketLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Author Agent = Author.Agent("agent-1");

    private static readonly (string From, string To)[] Allowed =
    [
        (TicketStatuses.New, TicketStatuses.Open), (TicketStatuses.New, TicketStatuses.Pending), (TicketStatuses.New, TicketStatuses.OnHold),
        (TicketStatuses.New, TicketStatuses.Solved), (TicketStatuses.Open, TicketStatuses.Pending), (TicketStatuses.Open, TicketStatuses.OnHold),
        (TicketStatuses.Open, TicketStatuses.Solved), (TicketStatuses.Pending, TicketStatuses.Open), (TicketStatuses.Pending, TicketStatuses.OnHold),
        (TicketStatuses.Pending, TicketStatuses.Solved), (TicketStatuses.OnHold, TicketStatuses.Open), (TicketStatuses.OnHold, TicketStatuses.Pending),
        (TicketStatuses.OnHold, TicketStatuses.Solved), (TicketStatuses.Solved, TicketStatuses.Open), (TicketStatuses.Solved, TicketStatuses.Closed),
    ];

    public static TheoryData<string, string> AllowedMoves() => new(Allowed);

    public static TheoryData<string, string> ForbiddenMoves() => new(
        from s in TicketStatuses.All
        from t in TicketStatuses.All
        where s != t && !Allowed.Contains((s, t))
        select (s, t));

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void A_ticket_follows_every_allowed_move(string from, string to)
    {
        var ticket = TicketIn(from);
        ticket.ChangeStatus(to, Agent, Now, SlaPolicySet.None);
        Assert.Equal(to, ticket.Status);
    }

    [Theory]
    [MemberData(nameof(ForbiddenMoves))]
    public void A_ticket_refuses_every_other_move_and_stays_as_it_was(string from, string to)
    {
        var ticket = TicketIn(from);
        var events = ticket.PendingEvents.Count;

        var violation = Assert.Throws<DomainRuleViolationException>(() => ticket.ChangeStatus(to, Agent, Now, SlaPolicySet.None));

        Assert.Equal(from == TicketStatuses.Closed ? "ticket.closed_is_final" : "ticket.invalid_transition", violation.Rule);
        Assert.Equal(from, ticket.Status);
        Assert.Equal(events, ticket.PendingEvents.Count);
    }

    [Fact]
    public void Opening_a_ticket_raises_TicketCreated()
    {
        var ticket = NewTicket();
        var created = Assert.IsType<TicketCreated>(Assert.Single(ticket.PendingEvents));
        Assert.Equal((ticket.Id, 1001L, "acme"), (created.TicketId, created.Number, created.TenantId));
    }

    [Fact]
    public void Solving_raises_TicketStatusChanged_and_TicketSolved_once()
    {
        var ticket = NewTicket();
        ticket.ChangeStatus(TicketStatuses.Solved, Agent, Now.AddHours(2), SlaPolicySet.None);

        var solved = Assert.Single(ticket.PendingEvents.OfType<TicketSolved>());
        Assert.Equal(Now, solved.TicketCreatedAt);
        Assert.Single(ticket.PendingEvents.OfType<TicketStatusChanged>());
        Assert.Equal(Now.AddHours(2), ticket.SolvedAt);
    }

    [Fact]
    public void Reopening_a_solved_ticket_counts_the_reopen_and_clears_the_solve_time()
    {
        var ticket = NewTicket();
        ticket.ChangeStatus(TicketStatuses.Solved, Agent, Now, SlaPolicySet.None);
        ticket.ChangeStatus(TicketStatuses.Open, Agent, Now.AddDays(1), SlaPolicySet.None);

        var reopened = Assert.Single(ticket.PendingEvents.OfType<TicketReopened>());
        Assert.Equal(1, reopened.ReopenCount);
        Assert.Null(ticket.SolvedAt);
    }

    [Fact]
    public void Every_change_is_audited_with_who_when_and_before_and_after()
    {
        var ticket = NewTicket();
        ticket.ChangeStatus(TicketStatuses.Pending, Author.Agent("agent-7"), Now.AddMinutes(5), SlaPolicySet.None);

        var entry = ticket.Audit[^1];
        Assert.Equal(("agent-7", "status", TicketStatuses.New, TicketStatuses.Pending, Now.AddMinutes(5)),
            (entry.Actor, entry.Field, entry.Before, entry.After, entry.At));
    }

    [Fact]
    public void Moving_to_the_current_status_changes_nothing()
    {
        var ticket = NewTicket();
        ticket.ChangeStatus(TicketStatuses.New, Agent, Now, SlaPolicySet.None);
        Assert.Single(ticket.PendingEvents);
    }

    private static Ticket NewTicket() => Ticket.Open(
        "acme", 1001,
        new NewTicket("Broken vase", "Arrived broken", new Requester(null, "jane@example.com", "Jane"), TicketChannels.Email, TicketTypes.Complaint, TicketPriorities.High),
        Agent, Now, SlaPolicySet.None);

    private static Ticket TicketIn(string status)
    {
        var ticket = NewTicket();
        string[] path = status switch
        {
            TicketStatuses.New => [],
            TicketStatuses.Closed => [TicketStatuses.Solved, TicketStatuses.Closed],
            _ => [status],
        };
        foreach (var step in path)
        {
            ticket.ChangeStatus(step, Agent, Now, SlaPolicySet.None);
        }
        return ticket;
    }
}
