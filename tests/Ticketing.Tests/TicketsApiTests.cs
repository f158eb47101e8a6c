using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Ticketing.Tests;

public sealed class TicketsApiTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    private readonly HttpClient _acme = factory.CreateClient("acme", CxRoles.Agent);

    [Fact]
    public async Task Creating_a_ticket_answers_201_with_the_next_number_of_the_tenant()
    {
        var tenant = $"numbers-{Guid.NewGuid():N}"[..20];
        var client = factory.CreateClient(tenant, CxRoles.Agent);

        var first = await TicketRequests.CreateAsync(client);
        var second = await TicketRequests.CreateAsync(client);

        Assert.Equal((1001L, 1002L), (first.Number, second.Number));
        Assert.Equal(TicketStatuses.New, first.Status);
        var fetched = await client.GetFromJsonAsync<TicketResponse>($"/api/v1/tickets/{first.Id}");
        Assert.Equal("My parcel arrived damaged", fetched!.Subject);
    }

    [Fact]
    public async Task Creating_a_ticket_publishes_TicketCreated_once()
    {
        await using var probe = await BrokerProbe<TicketCreated>.StartAsync(factory.MessagingConnectionString);

        var ticket = await TicketRequests.CreateAsync(_acme, "Publish me once");

        var received = await probe.WaitForAsync(m => m.TicketId == ticket.Id, 1, settle: TimeSpan.FromSeconds(1));
        var created = Assert.Single(received);
        Assert.Equal(("acme", ticket.Number, "email", "complaint", "high"),
            (created.Message.TenantId, created.Message.Number, created.Message.Channel, created.Message.Type, created.Message.Priority));
    }

    [Fact]
    public async Task Solving_a_ticket_publishes_TicketSolved_once()
    {
        await using var probe = await BrokerProbe<TicketSolved>.StartAsync(factory.MessagingConnectionString);
        var ticket = await TicketRequests.CreateAsync(_acme);

        var response = await TicketRequests.ChangeStatusAsync(_acme, ticket.Id, TicketStatuses.Solved);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = await probe.WaitForAsync(m => m.TicketId == ticket.Id, 1, settle: TimeSpan.FromSeconds(1));
        Assert.Single(received);
    }

    [Fact]
    public async Task An_invalid_transition_is_a_409_naming_the_rule_and_changes_nothing()
    {
        var ticket = await TicketRequests.CreateAsync(_acme);
        await TicketRequests.ChangeStatusAsync(_acme, ticket.Id, TicketStatuses.Solved);
        await TicketRequests.ChangeStatusAsync(_acme, ticket.Id, TicketStatuses.Closed);

        var response = await TicketRequests.ChangeStatusAsync(_acme, ticket.Id, TicketStatuses.Open);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ticket.closed_is_final", problem.GetProperty("rule").GetString());
        var after = await _acme.GetFromJsonAsync<TicketResponse>($"/api/v1/tickets/{ticket.Id}");
        Assert.Equal(TicketStatuses.Closed, after!.Status);
    }

    [Fact]
    public async Task The_list_pages_newest_first_with_a_cursor_and_filters_by_status()
    {
        var tenant = $"paging-{Guid.NewGuid():N}"[..20];
        var client = factory.CreateClient(tenant, CxRoles.Agent);
        var created = new List<TicketResponse>();
        for (var i = 0; i < 5; i++)
        {
            created.Add(await TicketRequests.CreateAsync(client, $"ticket {i}"));
        }
        await TicketRequests.ChangeStatusAsync(client, created[0].Id, TicketStatuses.Open);

        var firstPage = await client.GetFromJsonAsync<TicketPage>("/api/v1/tickets?limit=2");
        var secondPage = await client.GetFromJsonAsync<TicketPage>($"/api/v1/tickets?limit=2&cursor={firstPage!.NextCursor}");
        var open = await client.GetFromJsonAsync<TicketPage>("/api/v1/tickets?status=open");

        Assert.Equal([1005L, 1004L], firstPage.Items.Select(t => t.Number));
        Assert.Equal([1003L, 1002L], secondPage!.Items.Select(t => t.Number));
        Assert.Equal([created[0].Id], open!.Items.Select(t => t.Id));
    }

    [Fact]
    public async Task A_change_based_on_a_stale_ETag_is_a_412_and_changes_nothing()
    {
        var ticket = await TicketRequests.CreateAsync(_acme);
        var etag = (await _acme.GetAsync($"/api/v1/tickets/{ticket.Id}")).Headers.ETag;
        Assert.NotNull(etag);

        var first = await SendStatusAsync(ticket.Id, TicketStatuses.Open, etag.Tag);
        var stale = await SendStatusAsync(ticket.Id, TicketStatuses.Solved, etag.Tag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotEqual(etag, first.Headers.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var current = await _acme.GetFromJsonAsync<TicketResponse>($"/api/v1/tickets/{ticket.Id}");
        Assert.Equal(TicketStatuses.Open, current!.Status);

        var fresh = await SendStatusAsync(ticket.Id, TicketStatuses.Solved, first.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
    }

    [Fact]
    public async Task An_If_Match_that_is_not_one_of_our_ETags_is_a_400()
    {
        var ticket = await TicketRequests.CreateAsync(_acme);

        var response = await SendStatusAsync(ticket.Id, TicketStatuses.Open, "\"yesterday\"");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task<HttpResponseMessage> SendStatusAsync(Guid id, string status, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tickets/{id}/status") { Content = JsonContent.Create(new { status }) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return _acme.SendAsync(request);
    }
}
