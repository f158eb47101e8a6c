using CxPlatform.Contracts;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Domain.Sla;

namespace CxPlatform.Ticketing.Tests;

public sealed class MacroTemplateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Ticket TicketFrom(string? name) => Ticket.Open("acme", 1042,
        new NewTicket("Broken vase", "-", new Requester(null, "jane@example.com", name), TicketChannels.Email, TicketTypes.Complaint, TicketPriorities.High),
        Author.Agent("ann"), Now, SlaPolicySet.None);

    [Fact]
    public void Placeholders_are_filled_from_the_ticket_and_the_agent()
    {
        var text = MacroTemplate.Render("Hi {{customer.first_name}} ({{customer.name}}), #{{ticket.number}} '{{ticket.subject}}' — {{agent.id}}",
            TicketFrom("Jane Doe"), Author.Agent("ann"));

        Assert.Equal("Hi Jane (Jane Doe), #1042 'Broken vase' — ann", text);
    }

    [Fact]
    public void A_customer_without_a_name_is_greeted_politely()
    {
        Assert.Equal("Hi there,", MacroTemplate.Render("Hi {{customer.first_name}},", TicketFrom(null), Author.Agent("ann")));
    }

    [Fact]
    public void Unknown_placeholders_are_named()
    {
        Assert.Equal(["customer.title", "order.id"], MacroTemplate.UnknownPlaceholders("{{customer.title}} {{ order.id }} {{ticket.number}}"));
    }
}
