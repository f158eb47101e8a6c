using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Ticketing.Tests;

public sealed class AuthAndTenancyTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    [Fact]
    public async Task A_request_without_a_token_is_401_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/tickets");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", DevelopmentTokens.Create(DevelopmentTokens.NewSigningKey(), "acme", [CxRoles.Admin]));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/tickets")).StatusCode);
    }

    [Theory]
    [InlineData(CxRoles.Analyst)]
    [InlineData(CxRoles.Care)]
    public async Task A_caller_without_the_agent_role_is_403_and_creates_nothing(string role)
    {
        var tenant = $"roles-{role}";
        var response = await factory.CreateClient(tenant, role).PostAsJsonAsync("/api/v1/tickets", TicketRequests.Valid());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await Sql.CountAsync(factory.DatabaseConnectionString, "tickets", $"\"TenantId\" = '{tenant}'"));
    }

    [Fact]
    public async Task An_admin_may_do_what_an_agent_may()
    {
        var response = await factory.CreateClient("admins", CxRoles.Admin).PostAsJsonAsync("/api/v1/tickets", TicketRequests.Valid());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_token_without_a_tenant_is_403()
    {
        var client = factory.CreateClient();
        var token = DevelopmentTokens.Create(TestTokens.SigningKey, "acme", [CxRoles.Agent]);
        // Same key and roles, but the tenant claim is missing.
        var handler = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler();
        var parsed = handler.ReadJsonWebToken(token);
        var withoutTenant = handler.CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = parsed.Issuer,
            Audience = CxAuthOptions.DefaultAudience,
            Claims = new Dictionary<string, object> { ["sub"] = "x", ["role"] = CxRoles.Agent },
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(
                new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(Convert.FromBase64String(TestTokens.SigningKey)),
                Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", withoutTenant);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/tickets")).StatusCode);
    }

    [Fact]
    public async Task One_tenant_can_neither_see_nor_change_another_tenants_tickets()
    {
        var tenantA = factory.CreateClient("tenant-a", CxRoles.Agent);
        var tenantB = factory.CreateClient("tenant-b", CxRoles.Admin);
        var ticket = await TicketRequests.CreateAsync(tenantA, "Only for A");

        Assert.Equal(HttpStatusCode.NotFound, (await tenantB.GetAsync($"/api/v1/tickets/{ticket.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await TicketRequests.ChangeStatusAsync(tenantB, ticket.Id, TicketStatuses.Solved)).StatusCode);
        var listB = await tenantB.GetFromJsonAsync<TicketPage>("/api/v1/tickets?limit=100");
        Assert.DoesNotContain(listB!.Items, t => t.Id == ticket.Id);

        var unchanged = await tenantA.GetFromJsonAsync<TicketResponse>($"/api/v1/tickets/{ticket.Id}");
        Assert.Equal(TicketStatuses.New, unchanged!.Status);
    }

    [Fact]
    public async Task Health_endpoints_answer_without_a_token_and_ready_checks_database_and_broker()
    {
        var client = factory.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        var checks = ready.GetProperty("checks").EnumerateObject().Select(c => c.Name).ToList();
        Assert.Contains("database", checks);
        Assert.Contains(checks, name => name.Contains("masstransit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_OpenAPI_document_and_its_browsable_UI_are_served()
    {
        var client = factory.CreateClient();

        var document = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json");
        var ui = await client.GetAsync("/scalar");

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/v1/tickets", out _));
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
    }
}
