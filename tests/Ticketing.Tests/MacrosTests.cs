using System.Net;
using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Ticketing.Tests;

public sealed class MacrosTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    private readonly string _tenant = TenantClients.NewTenant("macros");

    [Fact]
    public async Task Applying_a_macro_replies_with_its_placeholders_filled_and_applies_its_status_and_tags()
    {
        var admin = factory.CreateClient(_tenant, CxRoles.Admin);
        var created = await admin.PostAsJsonAsync("/api/v1/macros", new
        {
            name = "Replacement sent",
            body = "Hi {{customer.first_name}}, we sent a replacement for ticket #{{ ticket.number }}.",
            setStatus = "solved",
            addTags = new[] { "replacement" },
        });
        var macro = (await created.Content.ReadFromJsonAsync<MacroResponse>())!;
        var agent = factory.CreateClient(_tenant, CxRoles.Agent);
        var ticket = await TicketRequests.CreateAsync(agent);

        var applied = await agent.PostAsync($"/api/v1/tickets/{ticket.Id}/macros/{macro.Id}", null);

        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var message = (await applied.Content.ReadFromJsonAsync<MessageResponse>())!;
        Assert.Equal($"Hi Jane, we sent a replacement for ticket #{ticket.Number}.", message.Body);
        var after = await TicketRequests.GetAsync(agent, ticket.Id);
        Assert.Equal(TicketStatuses.Solved, after!.Status);
        Assert.Equal(["replacement"], after.Tags);
    }

    [Fact]
    public async Task A_macro_with_an_unknown_placeholder_is_a_400()
    {
        var admin = factory.CreateClient(_tenant, CxRoles.Admin);

        var response = await admin.PostAsJsonAsync("/api/v1/macros", new { name = "Oops", body = "Dear {{customer.title}}" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("customer.title", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agents_apply_macros_but_only_admins_write_them()
    {
        var agent = factory.CreateClient(_tenant, CxRoles.Agent);

        var response = await agent.PostAsJsonAsync("/api/v1/macros", new { name = "Mine", body = "Hello" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
