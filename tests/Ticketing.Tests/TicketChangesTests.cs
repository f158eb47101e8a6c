using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.Ticketing.Tests;

public sealed class TicketChangesTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    private readonly string _tenant = TenantClients.NewTenant("changes");

    private HttpClient Admin => factory.CreateClient(_tenant, CxRoles.Admin);

    [Fact]
    public async Task Typed_custom_fields_are_stored_and_answered_with_their_type()
    {
        await DefineFieldsAsync();

        var ticket = await TicketRequests.CreateAsync(Admin, new
        {
            subject = "Late delivery",
            description = "Ordered a week ago.",
            requester = new { contactPoint = "max@example.com" },
            channel = "web_form",
            customFields = new Dictionary<string, object> { ["order_value"] = 129.90, ["tier"] = "gold", ["gift"] = true, ["ordered_on"] = "2026-11-16" },
        });

        Assert.Equal(129.90m, ticket.CustomFields["order_value"].GetDecimal());
        Assert.Equal("gold", ticket.CustomFields["tier"].GetString());
        Assert.True(ticket.CustomFields["gift"].GetBoolean());
        var patched = await TicketRequests.PatchAsync(Admin, ticket.Id, new { customFields = new Dictionary<string, object?> { ["gift"] = null } });
        var after = (await patched.Content.ReadFromJsonAsync<Apis.TicketResponse>())!;
        Assert.False(after.CustomFields.ContainsKey("gift"));
    }

    [Theory]
    [InlineData("order_value", "\"lots\"")]
    [InlineData("tier", "\"diamond\"")]
    [InlineData("ordered_on", "\"16.11.2026\"")]
    [InlineData("unknown_field", "1")]
    public async Task A_custom_field_value_that_does_not_fit_is_a_400_naming_the_field_and_changes_nothing(string key, string json)
    {
        await DefineFieldsAsync();
        var ticket = await TicketRequests.CreateAsync(Admin);

        var response = await TicketRequests.PatchAsync(Admin, ticket.Id,
            new { priority = "urgent", customFields = new Dictionary<string, JsonElement> { [key] = JsonElement.Parse(json) } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty($"customFields.{key}", out _));
        Assert.Equal("high", (await TicketRequests.GetAsync(Admin, ticket.Id))!.Priority);
    }

    [Fact]
    public async Task Tags_are_normalised_and_invalid_tags_are_a_400()
    {
        var ticket = await TicketRequests.CreateAsync(Admin);

        var ok = await TicketRequests.PatchAsync(Admin, ticket.Id, new { tags = new[] { "VIP", "damaged", "vip" } });
        var bad = await TicketRequests.PatchAsync(Admin, ticket.Id, new { tags = new[] { "two words" } });

        Assert.Equal(["damaged", "vip"], (await ok.Content.ReadFromJsonAsync<Apis.TicketResponse>())!.Tags);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["damaged", "vip"], (await TicketRequests.GetAsync(Admin, ticket.Id))!.Tags);
    }

    [Fact]
    public async Task A_change_based_on_a_stale_ETag_is_a_412_and_changes_nothing()
    {
        var ticket = await TicketRequests.CreateAsync(Admin);
        var first = await Admin.GetAsync($"/api/v1/tickets/{ticket.Id}");
        var etag = first.Headers.ETag!.Tag;
        await TicketRequests.PatchAsync(Admin, ticket.Id, new { priority = "low" });

        using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/tickets/{ticket.Id}") { Content = JsonContent.Create(new { priority = "urgent" }) };
        request.Headers.IfMatch.ParseAdd(etag);
        var response = await Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("low", (await TicketRequests.GetAsync(Admin, ticket.Id))!.Priority);
    }

    [Fact]
    public async Task Only_admins_define_custom_fields_and_a_key_is_defined_once()
    {
        var agent = factory.CreateClient(_tenant, CxRoles.Agent);
        var field = new { key = "region", label = "Region", type = "text" };

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/v1/custom-fields", field)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Admin.PostAsJsonAsync("/api/v1/custom-fields", field)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Admin.PostAsJsonAsync("/api/v1/custom-fields", field)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await Admin.PostAsJsonAsync("/api/v1/custom-fields", new { key = "size", label = "Size", type = "dropdown" })).StatusCode);
    }

    private async Task DefineFieldsAsync()
    {
        foreach (var field in new object[]
        {
            new { key = "order_value", label = "Order value", type = "number" },
            new { key = "tier", label = "Tier", type = "dropdown", options = new[] { "silver", "gold" } },
            new { key = "gift", label = "Gift", type = "checkbox" },
            new { key = "ordered_on", label = "Ordered on", type = "date" },
        })
        {
            (await Admin.PostAsJsonAsync("/api/v1/custom-fields", field)).EnsureSuccessStatusCode();
        }
    }
}
