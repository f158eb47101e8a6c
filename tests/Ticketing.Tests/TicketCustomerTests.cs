using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Tests;

public sealed class TicketCustomerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid CustomerId = Guid.Parse("0194a1b2-0000-7000-8000-000000000001");

    [Fact]
    public void A_ticket_accepted_without_its_customer_waits_for_one()
    {
        var ticket = PendingTicket();

        Assert.True(ticket.CustomerResolutionPending);
        Assert.Null(Assert.IsType<TicketCreated>(Assert.Single(ticket.PendingEvents)).CustomerId);
    }

    [Fact]
    public void Linking_the_customer_is_audited_and_later_events_carry_it()
    {
        var ticket = PendingTicket();

        ticket.LinkCustomer(CustomerId, new Author(ActorKinds.System, "system:customer-reconciler"), Now.AddMinutes(3));
        ticket.ChangeStatus(TicketStatuses.Open, Author.Agent("agent-1"), Now.AddMinutes(4), SlaPolicySet.None);

        Assert.False(ticket.CustomerResolutionPending);
        Assert.Equal(CustomerId, ticket.Requester.CustomerId);
        Assert.Equal("jane@example.com", ticket.Requester.ContactPoint);
        var entry = Assert.Single(ticket.Audit, a => a.Field == "customer_id");
        Assert.Equal(("system:customer-reconciler", null, CustomerId.ToString(), Now.AddMinutes(3)), (entry.Actor, entry.Before, entry.After, entry.At));
        Assert.Equal(CustomerId, Assert.Single(ticket.PendingEvents.OfType<TicketStatusChanged>()).CustomerId);
    }

    [Fact]
    public void A_ticket_linked_to_one_customer_refuses_another_and_accepts_the_same_again()
    {
        var ticket = PendingTicket();
        ticket.LinkCustomer(CustomerId, Author.System, Now);

        ticket.LinkCustomer(CustomerId, Author.System, Now.AddMinutes(1));
        var violation = Assert.Throws<DomainRuleViolationException>(() => ticket.LinkCustomer(Guid.NewGuid(), Author.System, Now.AddMinutes(2)));

        Assert.Equal("ticket.customer_already_linked", violation.Rule);
        Assert.Equal(CustomerId, ticket.Requester.CustomerId);
        Assert.Single(ticket.Audit, a => a.Field == "customer_id");
    }

    [Fact]
    public void A_closed_ticket_still_learns_who_its_customer_is()
    {
        var ticket = PendingTicket();
        ticket.ChangeStatus(TicketStatuses.Solved, Author.Agent("agent-1"), Now, SlaPolicySet.None);
        ticket.ChangeStatus(TicketStatuses.Closed, Author.Agent("agent-1"), Now, SlaPolicySet.None);

        ticket.LinkCustomer(CustomerId, Author.System, Now.AddDays(1));

        Assert.Equal(CustomerId, ticket.Requester.CustomerId);
    }

    [Fact]
    public void Giving_up_on_an_unresolvable_contact_point_ends_the_wait_and_keeps_the_contact_point()
    {
        var ticket = PendingTicket();

        ticket.StopCustomerResolution(Author.System, Now);

        Assert.False(ticket.CustomerResolutionPending);
        Assert.Null(ticket.Requester.CustomerId);
        Assert.Equal("jane@example.com", ticket.Requester.ContactPoint);
        Assert.Single(ticket.Audit, a => a.Field == "customer_resolution" && a.After == "unresolvable");
    }

    private static Ticket PendingTicket() => Ticket.Open(
        "acme", 1001,
        new NewTicket("Late parcel", "Where is it?", new Requester(null, "jane@example.com", "Jane", ContactPointKinds.Email),
            TicketChannels.Email, TicketTypes.Question, TicketPriorities.Normal, CustomerResolutionPending: true),
        Author.Agent("agent-1"), Now, SlaPolicySet.None);
}
