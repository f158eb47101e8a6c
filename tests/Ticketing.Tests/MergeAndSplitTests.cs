using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Ticketing.Tests;

public sealed class MergeAndSplitTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    private readonly HttpClient _agent = factory.CreateClient("merging", CxRoles.Agent);

    [Fact]
    public async Task Merging_moves_the_conversation_and_closes_the_source_pointing_to_the_target()
    {
        var target = await TicketRequests.CreateAsync(_agent, "Broken vase");
        var source = await TicketRequests.CreateAsync(_agent, "Vase broken (second e-mail)");
        await TicketRequests.ReplyAsync(_agent, target.Id, "We are on it.");
        await TicketRequests.ReplyAsync(_agent, source.Id, "Here is a photo.", ActorKinds.Customer);

        var response = await _agent.PostAsJsonAsync($"/api/v1/tickets/{source.Id}/merge", new { targetTicketId = target.Id });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var closed = (await response.Content.ReadFromJsonAsync<TicketResponse>())!;
        Assert.Equal((TicketStatuses.Closed, target.Id), (closed.Status, closed.MergedIntoTicketId));
        var conversation = await TicketRequests.MessagesAsync(_agent, target.Id);
        Assert.Equal(["We are on it.", "Here is a photo."], conversation.Select(m => m.Body));
        Assert.Equal(source.Number, conversation[1].MergedFromNumber);
        Assert.Contains(await TicketRequests.AuditAsync(_agent, target.Id), a => a.Field == "merged_from" && a.After == $"#{source.Number}");
    }

    [Fact]
    public async Task A_ticket_cannot_be_merged_into_itself_or_into_a_closed_ticket()
    {
        var ticket = await TicketRequests.CreateAsync(_agent);
        var closed = await TicketRequests.CreateAsync(_agent);
        await TicketRequests.ChangeStatusAsync(_agent, closed.Id, TicketStatuses.Solved);
        await TicketRequests.ChangeStatusAsync(_agent, closed.Id, TicketStatuses.Closed);

        var intoItself = await _agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/merge", new { targetTicketId = ticket.Id });
        var intoClosed = await _agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/merge", new { targetTicketId = closed.Id });

        Assert.Equal("ticket.merge_into_itself", (await intoItself.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal("ticket.closed_is_final", (await intoClosed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal(TicketStatuses.New, (await TicketRequests.GetAsync(_agent, ticket.Id))!.Status);
    }

    [Fact]
    public async Task Splitting_a_reply_opens_a_new_ticket_with_that_message()
    {
        await using var probe = await Testing.BrokerProbe<TicketCreated>.StartAsync(factory.MessagingConnectionString);
        var ticket = await TicketRequests.CreateAsync(_agent, "Broken vase");
        var second = await TicketRequests.ReplyAsync(_agent, ticket.Id, "Also, my invoice has the wrong address.", ActorKinds.Customer);

        var response = await _agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/messages/{second.Id}/split", new { subject = "Wrong invoice address" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var split = (await response.Content.ReadFromJsonAsync<TicketResponse>())!;
        Assert.Equal(("Wrong invoice address", "Also, my invoice has the wrong address.", ticket.Requester.ContactPoint),
            (split.Subject, split.Description, split.Requester.ContactPoint));
        Assert.Equal(["Also, my invoice has the wrong address."], (await TicketRequests.MessagesAsync(_agent, split.Id)).Select(m => m.Body));
        Assert.Equal(split.Id, (await TicketRequests.MessagesAsync(_agent, ticket.Id)).Single(m => m.Id == second.Id).SplitIntoTicketId);
        await probe.WaitForAsync(m => m.TicketId == split.Id, 1);

        var again = await _agent.PostAsJsonAsync($"/api/v1/tickets/{ticket.Id}/messages/{second.Id}/split", new { });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
