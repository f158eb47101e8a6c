using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Ticketing.Tests;

public sealed class ReturnsTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    private readonly HttpClient _agent = factory.CreateClient("returns", CxRoles.Agent);

    private static object ReturnTicket(object? returnBody) => new
    {
        subject = "Return: shoes too small",
        description = "I'd like to send them back.",
        requester = new { contactPoint = "kim@example.com" },
        channel = "web_form",
        type = "return",
        @return = returnBody,
    };

    [Fact]
    public async Task A_return_moves_from_requested_to_refunded_step_by_step()
    {
        var ticket = await TicketRequests.CreateAsync(_agent, ReturnTicket(new { orderReference = "SO-1001", items = new[] { new { sku = "SHOE-42", quantity = 1, reason = "too small" } } }));
        Assert.Equal(("SO-1001", "requested"), (ticket.Return!.OrderReference, ticket.Return.State));

        foreach (var state in new[] { "approved", "received", "refunded" })
        {
            var response = await _agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/return/state", new { state });
            Assert.Equal(state, (await response.Content.ReadFromJsonAsync<TicketResponse>())!.Return!.State);
        }
    }

    [Fact]
    public async Task Skipping_a_return_step_is_a_409_naming_the_rule()
    {
        var ticket = await TicketRequests.CreateAsync(_agent, ReturnTicket(new { orderReference = "SO-1002", items = new[] { new { sku = "HAT", quantity = 2 } } }));

        var response = await _agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/return/state", new { state = "refunded" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("return.invalid_transition", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal("requested", (await TicketRequests.GetAsync(_agent, ticket.Id))!.Return!.State);
    }

    [Fact]
    public async Task A_return_ticket_without_order_and_items_is_a_400()
    {
        var missing = await _agent.PostAsJsonAsync("/api/v1/tickets", ReturnTicket(null));
        var noItems = await _agent.PostAsJsonAsync("/api/v1/tickets", ReturnTicket(new { orderReference = "SO-1", items = Array.Empty<object>() }));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (missing.StatusCode, noItems.StatusCode));
    }

    [Fact]
    public async Task A_ticket_that_is_not_a_return_has_no_return_to_move()
    {
        var ticket = await TicketRequests.CreateAsync(_agent);

        var response = await _agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/return/state", new { state = "approved" });

        Assert.Equal("ticket.not_a_return", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
    }
}
