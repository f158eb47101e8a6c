using System.Net;
using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Ticketing.Tests;

public sealed class WorkQueueTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    private readonly string _tenant = TenantClients.NewTenant("queues");

    private HttpClient Ann => factory.CreateClientAs(_tenant, "ann", CxRoles.Agent);

    private async Task<TicketResponse> TicketAsync(string subject, string priority = "normal", string channel = "email", string[]? tags = null)
    {
        var ticket = await TicketRequests.CreateAsync(Ann, new
        {
            subject, description = $"About: {subject}", requester = new { contactPoint = "c@example.com" }, channel, priority, tags = tags ?? [],
        });
        return ticket;
    }

    private async Task<List<long>> NumbersAsync(string query, HttpClient? client = null) =>
        (await (client ?? Ann).GetFromJsonAsync<TicketPage>($"/api/v1/tickets?{query}"))!.Items.Select(t => t.Number).ToList();

    [Fact]
    public async Task Filters_combine_and_values_of_one_filter_are_alternatives()
    {
        var chatUrgent = await TicketAsync("Chat urgent", "urgent", "chat", ["vip"]);
        var emailUrgent = await TicketAsync("Email urgent", "urgent", "email");
        var chatLow = await TicketAsync("Chat low", "low", "chat", ["vip"]);
        await Ann.PutAsJsonAsync($"/api/v1/tickets/{chatLow.Id}/assignment", new { assigneeId = "ann" });
        await TicketRequests.ChangeStatusAsync(Ann, emailUrgent.Id, TicketStatuses.Pending);

        Assert.Equal([chatUrgent.Number], await NumbersAsync("priority=urgent&channel=chat"));
        Assert.Equal([chatLow.Number, chatUrgent.Number], await NumbersAsync("channel=chat&priority=urgent&priority=low"));
        Assert.Equal([chatLow.Number, chatUrgent.Number], await NumbersAsync("tag=VIP"));
        Assert.Equal([chatLow.Number], await NumbersAsync("assignee=me"));
        Assert.Equal([emailUrgent.Number, chatUrgent.Number], await NumbersAsync("assignee=none"));
        Assert.Equal([chatLow.Number, chatUrgent.Number], await NumbersAsync("status=new&status=open"));
    }

    [Fact]
    public async Task Sorting_by_priority_pages_through_every_ticket_once()
    {
        var low = await TicketAsync("a", "low");
        var urgent1 = await TicketAsync("b", "urgent");
        var normal = await TicketAsync("c", "normal");
        var urgent2 = await TicketAsync("d", "urgent");
        var high = await TicketAsync("e", "high");

        var seen = new List<long>();
        string? cursor = null;
        do
        {
            var page = (await Ann.GetFromJsonAsync<TicketPage>($"/api/v1/tickets?sort=priority&limit=2{(cursor is null ? "" : $"&cursor={cursor}")}"))!;
            seen.AddRange(page.Items.Select(t => t.Number));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal([urgent2.Number, urgent1.Number, high.Number, normal.Number, low.Number], seen);
    }

    [Fact]
    public async Task Full_text_search_finds_words_in_subjects_descriptions_and_replies()
    {
        var bySubject = await TicketAsync("Parcel never arrived");
        var byReply = await TicketAsync("Question about my order");
        await TicketRequests.ReplyAsync(Ann, byReply.Id, "The parcel was returned to our depot.", ActorKinds.Agent);
        await TicketAsync("Invoice address wrong");

        Assert.Equal([byReply.Number, bySubject.Number], await NumbersAsync("q=parcel"));
        Assert.Equal([byReply.Number], await NumbersAsync("q=depot"));
        Assert.Equal([bySubject.Number], await NumbersAsync("q=parcel%20-depot"));
    }

    [Fact]
    public async Task A_reply_added_later_makes_its_words_findable_from_then_on()
    {
        var ticket = await TicketAsync("Where is my order");
        Assert.Empty(await NumbersAsync("q=warehouse"));

        await TicketRequests.ReplyAsync(Ann, ticket.Id, "It is still at the warehouse.");
        await TicketRequests.ReplyAsync(Ann, ticket.Id, "Thanks, I will wait for the courier.", ActorKinds.Customer);

        Assert.Equal([ticket.Number], await NumbersAsync("q=warehouse"));
        Assert.Equal([ticket.Number], await NumbersAsync("q=courier"));
        Assert.Equal([ticket.Number], await NumbersAsync("q=order%20warehouse%20courier"));
    }

    [Fact]
    public async Task Agents_find_words_in_internal_notes()
    {
        var ticket = await TicketAsync("Refund question");
        var response = await TicketRequests.AddMessageAsync(Ann, ticket.Id, new { body = "Escalated to finance, see chargeback", @public = false });
        response.EnsureSuccessStatusCode();

        Assert.Equal([ticket.Number], await NumbersAsync("q=chargeback"));
    }

    [Fact]
    public async Task A_changed_subject_is_searched_and_the_conversation_stays_searchable()
    {
        var ticket = await TicketAsync("Question");
        await TicketRequests.ReplyAsync(Ann, ticket.Id, "The parcel was returned to our depot.");

        var change = await TicketRequests.PatchAsync(Ann, ticket.Id, new { subject = "Parcel stuck at customs" });
        change.EnsureSuccessStatusCode();

        Assert.Equal([ticket.Number], await NumbersAsync("q=customs"));
        Assert.Equal([ticket.Number], await NumbersAsync("q=depot"));
    }

    [Fact]
    public async Task A_saved_view_belongs_to_the_agent_who_saved_it()
    {
        var urgent = await TicketAsync("Urgent one", "urgent");
        await TicketAsync("Normal one");
        var created = await Ann.PostAsJsonAsync("/api/v1/views", new { name = "Urgent", filter = new { priority = new[] { "urgent" } } });
        var view = (await created.Content.ReadFromJsonAsync<SavedViewResponse>())!;
        var bob = factory.CreateClientAs(_tenant, "bob", CxRoles.Agent);

        var page = await Ann.GetFromJsonAsync<TicketPage>($"/api/v1/views/{view.Id}/tickets");

        Assert.Equal([urgent.Number], page!.Items.Select(t => t.Number));
        Assert.Empty((await bob.GetFromJsonAsync<List<SavedViewResponse>>("/api/v1/views"))!);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/api/v1/views/{view.Id}/tickets")).StatusCode);
    }

    [Theory]
    [InlineData("priority=critical")]
    [InlineData("channel=pigeon")]
    [InlineData("sort=alphabetical")]
    [InlineData("group=team-a")]
    [InlineData("limit=101")]
    public async Task An_unknown_filter_value_is_a_400(string query)
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Ann.GetAsync($"/api/v1/tickets?{query}")).StatusCode);
    }

    [Fact]
    public async Task A_cursor_of_another_sort_is_a_400()
    {
        await TicketAsync("x");
        await TicketAsync("y");
        var page = (await Ann.GetFromJsonAsync<TicketPage>("/api/v1/tickets?limit=1"))!;

        Assert.Equal(HttpStatusCode.BadRequest, (await Ann.GetAsync($"/api/v1/tickets?sort=priority&cursor={page.NextCursor}")).StatusCode);
    }

    [Fact]
    public async Task A_saved_view_with_an_invalid_filter_is_a_400_and_not_saved()
    {
        var response = await Ann.PostAsJsonAsync("/api/v1/views", new { name = "Bad", filter = new { status = new[] { "sleeping" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await Ann.GetFromJsonAsync<List<SavedViewResponse>>("/api/v1/views"))!);
    }
}
