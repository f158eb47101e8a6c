using System.Net;
using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Ticketing.Tests;

public sealed class AssignmentTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    private readonly string _tenant = TenantClients.NewTenant("routing");

    private HttpClient Admin => factory.CreateClient(_tenant, CxRoles.Admin);

    [Fact]
    public async Task Round_robin_hands_tickets_to_available_agents_in_turn()
    {
        var group = await CreateGroupAsync("round_robin", ("ann", true), ("bob", true), ("cid", false));

        var assignees = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            var ticket = await TicketRequests.CreateAsync(Admin);
            var response = await Admin.PutAsJsonAsync($"/api/v1/tickets/{ticket.Id}/assignment", new { groupId = group.Id });
            assignees.Add((await response.Content.ReadFromJsonAsync<TicketResponse>())!.AssigneeId);
        }

        Assert.Equal(["ann", "bob", "ann", "bob"], assignees);
    }

    [Fact]
    public async Task Least_open_hands_a_ticket_created_for_the_group_to_the_agent_with_fewest_unsolved_tickets()
    {
        var group = await CreateGroupAsync("least_open", ("ann", true), ("bob", true));
        var busy = await TicketRequests.CreateAsync(Admin);
        await Admin.PutAsJsonAsync($"/api/v1/tickets/{busy.Id}/assignment", new { groupId = group.Id, assigneeId = "ann" });

        var ticket = await TicketRequests.CreateAsync(Admin, new
        {
            subject = "Where is my order?", description = "-", requester = new { contactPoint = "x@example.com" }, channel = "chat", groupId = group.Id,
        });

        Assert.Equal((group.Id, "bob"), (ticket.GroupId, ticket.AssigneeId));
    }

    [Fact]
    public async Task An_agent_sets_their_own_availability_but_not_someone_elses()
    {
        var group = await CreateGroupAsync("round_robin", ("ann", true), ("bob", true));
        var ann = factory.CreateClientAs(_tenant, "ann", CxRoles.Agent);

        var own = await ann.PutAsJsonAsync($"/api/v1/groups/{group.Id}/members/ann", new { available = false });
        var other = await ann.PutAsJsonAsync($"/api/v1/groups/{group.Id}/members/bob", new { available = false });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Forbidden), (own.StatusCode, other.StatusCode));
        var ticket = await TicketRequests.CreateAsync(Admin);
        var assigned = await Admin.PutAsJsonAsync($"/api/v1/tickets/{ticket.Id}/assignment", new { groupId = group.Id });
        Assert.Equal("bob", (await assigned.Content.ReadFromJsonAsync<TicketResponse>())!.AssigneeId);
    }

    [Fact]
    public async Task Assigning_publishes_TicketAssigned_with_the_previous_assignee()
    {
        await using var probe = await BrokerProbe<TicketAssigned>.StartAsync(factory.MessagingConnectionString);
        var group = await CreateGroupAsync("manual", ("ann", true), ("bob", true));
        var ticket = await TicketRequests.CreateAsync(Admin);

        await Admin.PutAsJsonAsync($"/api/v1/tickets/{ticket.Id}/assignment", new { groupId = group.Id, assigneeId = "ann" });
        await Admin.PutAsJsonAsync($"/api/v1/tickets/{ticket.Id}/assignment", new { groupId = group.Id, assigneeId = "bob" });

        var events = await probe.WaitForAsync(m => m.TicketId == ticket.Id, 2, settle: TimeSpan.FromSeconds(1));
        Assert.Equal([(null, "ann"), ("ann", "bob")], events.Select(e => (e.Message.PreviousAssigneeId, e.Message.AssigneeId)));
        Assert.All(events, e => Assert.Equal($"{_tenant}-user", e.Message.AssignedBy));
    }

    [Fact]
    public async Task An_unknown_group_or_an_agent_outside_the_group_is_a_400_and_changes_nothing()
    {
        var group = await CreateGroupAsync("manual", ("ann", true));
        var ticket = await TicketRequests.CreateAsync(Admin);

        var unknownGroup = await Admin.PutAsJsonAsync($"/api/v1/tickets/{ticket.Id}/assignment", new { groupId = Guid.NewGuid() });
        var outsider = await Admin.PutAsJsonAsync($"/api/v1/tickets/{ticket.Id}/assignment", new { groupId = group.Id, assigneeId = "zed" });

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (unknownGroup.StatusCode, outsider.StatusCode));
        var after = await TicketRequests.GetAsync(Admin, ticket.Id);
        Assert.Equal((null, null), (after!.GroupId, after.AssigneeId));
    }

    private async Task<GroupResponse> CreateGroupAsync(string mode, params (string Agent, bool Available)[] members)
    {
        var created = await Admin.PostAsJsonAsync("/api/v1/groups", new { name = $"Team {Guid.NewGuid():N}", assignmentMode = mode });
        created.EnsureSuccessStatusCode();
        var group = (await created.Content.ReadFromJsonAsync<GroupResponse>())!;
        foreach (var (agent, available) in members)
        {
            (await Admin.PutAsJsonAsync($"/api/v1/groups/{group.Id}/members/{agent}", new { available })).EnsureSuccessStatusCode();
        }
        return group;
    }
}
