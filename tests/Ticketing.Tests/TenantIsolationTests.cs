using System.Net;
using System.Net.Http.Json;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Ticketing.Tests;

/// <summary>Tenant B holds the ids of tenant A's resources and tries every endpoint with them.</summary>
public sealed class TenantIsolationTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    public static TheoryData<string, string, string> Endpoints => new()
    {
        { "GET", "/api/v1/tickets/{ticket}", "" },
        { "POST", "/api/v1/tickets/{ticket}/status", """{"status":"solved"}""" },
        { "PATCH", "/api/v1/tickets/{ticket}", """{"priority":"low"}""" },
        { "PUT", "/api/v1/tickets/{ticket}/assignment", """{"assigneeId":"mallory"}""" },
        { "POST", "/api/v1/tickets/{ticket}/return/state", """{"state":"approved"}""" },
        { "POST", "/api/v1/tickets/{ticket}/merge", """{"targetTicketId":"{own}"}""" },
        { "POST", "/api/v1/tickets/{own}/merge", """{"targetTicketId":"{ticket}"}""" },
        { "POST", "/api/v1/tickets/{ticket}/messages/{message}/split", "{}" },
        { "POST", "/api/v1/tickets/{ticket}/messages", """{"body":"hi"}""" },
        { "GET", "/api/v1/tickets/{ticket}/messages", "" },
        { "GET", "/api/v1/tickets/{ticket}/audit", "" },
        { "POST", "/api/v1/tickets/{own}/macros/{macro}", "" },
        { "GET", "/api/v1/groups/{group}", "" },
        { "PUT", "/api/v1/groups/{group}", """{"name":"Stolen"}""" },
        { "PUT", "/api/v1/groups/{group}/members/mallory", """{"available":true}""" },
        { "DELETE", "/api/v1/groups/{group}/members/ann", "" },
        { "PUT", "/api/v1/macros/{macro}", """{"name":"Stolen","body":"x"}""" },
        { "DELETE", "/api/v1/macros/{macro}", "" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Another_tenants_resource_is_404_and_unchanged(string method, string path, string body)
    {
        var a = factory.CreateClient(TenantClients.NewTenant("tenant-a"), CxRoles.Admin);
        var b = factory.CreateClient(TenantClients.NewTenant("tenant-b"), CxRoles.Admin);
        var ticket = await TicketRequests.CreateAsync(a, new
        {
            subject = "A's return", description = "-", requester = new { contactPoint = "a@example.com" }, channel = "email", type = "return",
            @return = new { orderReference = "SO-A", items = new[] { new { sku = "X", quantity = 1 } } },
        });
        var message = await TicketRequests.ReplyAsync(a, ticket.Id, "A's reply");
        var group = (await (await a.PostAsJsonAsync("/api/v1/groups", new { name = "A team" })).Content.ReadFromJsonAsync<GroupResponse>())!;
        await a.PutAsJsonAsync($"/api/v1/groups/{group.Id}/members/ann", new { available = true });
        var macro = (await (await a.PostAsJsonAsync("/api/v1/macros", new { name = "A macro", body = "Hi" })).Content.ReadFromJsonAsync<MacroResponse>())!;
        var own = await TicketRequests.CreateAsync(b);
        var before = await Snapshot();

        string Fill(string text) => text.Replace("{ticket}", ticket.Id.ToString(), StringComparison.Ordinal)
            .Replace("{message}", message.Id.ToString(), StringComparison.Ordinal).Replace("{group}", group.Id.ToString(), StringComparison.Ordinal)
            .Replace("{macro}", macro.Id.ToString(), StringComparison.Ordinal).Replace("{own}", own.Id.ToString(), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), Fill(path));
        if (body.Length > 0)
        {
            request.Content = new StringContent(Fill(body), System.Text.Encoding.UTF8, "application/json");
        }
        var response = await b.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await Snapshot());

        async Task<string> Snapshot() => await Sql.ScalarAsync<string>(factory.DatabaseConnectionString, $"""
            SELECT concat_ws('|',
              (SELECT concat("Status", "Priority", "AssigneeId", return_state, "xmin") FROM tickets WHERE "Id" = '{ticket.Id}'),
              (SELECT count(*) FROM ticket_messages WHERE "TicketId" = '{ticket.Id}'),
              (SELECT concat("Name", (SELECT string_agg("AgentId", ',') FROM group_members WHERE "GroupId" = '{group.Id}')) FROM groups WHERE "Id" = '{group.Id}'),
              (SELECT concat("Name", "Body") FROM macros WHERE "Id" = '{macro.Id}'))
            """);
    }
}
