using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Ticketing.Tests;

public sealed class ConversationTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    private readonly HttpClient _agent = factory.CreateClient("conversations", CxRoles.Agent);

    [Fact]
    public async Task The_first_public_agent_reply_is_flagged_once_and_opens_a_new_ticket()
    {
        await using var probe = await BrokerProbe<TicketReplied>.StartAsync(factory.MessagingConnectionString);
        var ticket = await TicketRequests.CreateAsync(_agent);

        await TicketRequests.AddMessageAsync(_agent, ticket.Id, new { body = "Checking with the warehouse.", @public = false });
        await TicketRequests.ReplyAsync(_agent, ticket.Id, "Sorry about the vase! A replacement is on its way.");
        await TicketRequests.ReplyAsync(_agent, ticket.Id, "Tracking number: 123.");

        var replies = await probe.WaitForAsync(m => m.TicketId == ticket.Id, 3, settle: TimeSpan.FromSeconds(1));
        Assert.Equal([false, true, false], replies.Select(r => r.Message.IsFirstReply));
        Assert.Equal([false, true, true], replies.Select(r => r.Message.IsPublic));
        var after = await TicketRequests.GetAsync(_agent, ticket.Id);
        Assert.Equal(TicketStatuses.Open, after!.Status);
        Assert.NotNull(after.FirstRepliedAt);
        Assert.Equal(3, (await TicketRequests.MessagesAsync(_agent, ticket.Id)).Count);
    }

    [Fact]
    public async Task The_ETag_answered_for_a_reply_is_the_ticket_s_current_one()
    {
        var ticket = await TicketRequests.CreateAsync(_agent);

        var reply = await TicketRequests.AddMessageAsync(_agent, ticket.Id, new { body = "A replacement is on its way." });
        var fetched = await _agent.GetAsync($"/api/v1/tickets/{ticket.Id}");
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tickets/{ticket.Id}/status") { Content = JsonContent.Create(new { status = "pending" }) };
        request.Headers.TryAddWithoutValidation("If-Match", reply.Headers.ETag!.Tag);
        var change = await _agent.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        Assert.Equal(reply.Headers.ETag, fetched.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);
    }

    [Fact]
    public async Task A_customer_reply_reopens_a_solved_ticket_as_the_customer()
    {
        await using var probe = await BrokerProbe<TicketReopened>.StartAsync(factory.MessagingConnectionString);
        var ticket = await TicketRequests.CreateAsync(_agent);
        await TicketRequests.ChangeStatusAsync(_agent, ticket.Id, TicketStatuses.Solved);

        await TicketRequests.ReplyAsync(_agent, ticket.Id, "The replacement is broken too.", authorKind: ActorKinds.Customer);

        var reopened = Assert.Single(await probe.WaitForAsync(m => m.TicketId == ticket.Id, 1, settle: TimeSpan.FromSeconds(1)));
        Assert.Equal((1, ActorKinds.Customer), (reopened.Message.ReopenCount, reopened.Message.ActorKind));
        Assert.Equal(TicketStatuses.Open, (await TicketRequests.GetAsync(_agent, ticket.Id))!.Status);
    }

    [Fact]
    public async Task A_reply_can_set_the_status_in_the_same_change()
    {
        var ticket = await TicketRequests.CreateAsync(_agent);

        var response = await TicketRequests.AddMessageAsync(_agent, ticket.Id, new { body = "Could you send a photo?", status = "pending" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(TicketStatuses.Pending, (await TicketRequests.GetAsync(_agent, ticket.Id))!.Status);
    }

    [Fact]
    public async Task A_customer_cannot_write_an_internal_note()
    {
        var ticket = await TicketRequests.CreateAsync(_agent);

        var response = await TicketRequests.AddMessageAsync(_agent, ticket.Id, new { body = "psst", @public = false, authorKind = "customer" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await TicketRequests.MessagesAsync(_agent, ticket.Id));
    }

    [Fact]
    public async Task Writing_on_a_closed_ticket_is_a_409_naming_the_rule()
    {
        var ticket = await TicketRequests.CreateAsync(_agent);
        await TicketRequests.ChangeStatusAsync(_agent, ticket.Id, TicketStatuses.Solved);
        await TicketRequests.ChangeStatusAsync(_agent, ticket.Id, TicketStatuses.Closed);

        var response = await TicketRequests.AddMessageAsync(_agent, ticket.Id, new { body = "Hello?" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("ticket.closed_is_final", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task The_audit_trail_records_who_changed_what_from_what_to_what()
    {
        var ticket = await TicketRequests.CreateAsync(_agent);
        await TicketRequests.PatchAsync(_agent, ticket.Id, new { priority = "urgent", tags = new[] { "vip", "Breakage" } });
        await TicketRequests.ChangeStatusAsync(_agent, ticket.Id, TicketStatuses.Pending);

        var audit = await TicketRequests.AuditAsync(_agent, ticket.Id);

        Assert.Equal(
            ["status:  → new", "priority: high → urgent", "tags:  → breakage vip", "status: new → pending"],
            audit.Select(a => $"{a.Field}: {a.Before} → {a.After}"));
        Assert.All(audit, a => Assert.Equal("conversations-user", a.Actor));
    }
}
