using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Ticketing.Tests;

/// <summary>Bad input always gets a clear 4xx problem and writes nothing.</summary>
public sealed class BadInputTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    private const string Tenant = "bad-input";
    private readonly HttpClient _client = factory.CreateClient(Tenant, CxRoles.Agent);

    [Fact]
    public async Task Malformed_json_is_a_400_problem_and_writes_nothing()
    {
        var response = await PostRawAsync("{\"subject\": \"broken\", ");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_wrongly_typed_field_is_a_400_naming_the_field()
    {
        var response = await PostRawAsync("""{"subject": 42, "description": "d", "requester": {"contactPoint": "a@b.c"}, "channel": "email"}""");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.subject", out _), problem.ToString());
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Missing_and_invalid_fields_are_a_400_with_an_error_per_field()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/tickets", new
        {
            subject = "",
            description = "d",
            requester = new { name = "No contact" },
            channel = "carrier_pigeon",
            priority = "whenever",
        });

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains(fields, f => f.EndsWith("Subject", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(fields, f => f.EndsWith("Channel", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(fields, f => f.EndsWith("Priority", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(fields, f => f.Contains("ContactPoint", StringComparison.OrdinalIgnoreCase));
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task An_oversized_body_is_a_413_problem_and_writes_nothing()
    {
        var huge = new string('x', 2 * 1024 * 1024);
        var response = await _client.PostAsJsonAsync("/api/v1/tickets", new
        {
            subject = "big", description = huge, requester = new { contactPoint = "a@b.c" }, channel = "email",
        });

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task An_unknown_status_is_a_400_and_a_malformed_cursor_is_a_400()
    {
        var status = await _client.GetAsync("/api/v1/tickets?status=sleeping");
        var cursor = await _client.GetAsync("/api/v1/tickets?cursor=not-a-cursor");
        var limit = await _client.GetAsync("/api/v1/tickets?limit=100000");

        await AssertProblemAsync(status, HttpStatusCode.BadRequest);
        await AssertProblemAsync(cursor, HttpStatusCode.BadRequest);
        await AssertProblemAsync(limit, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_ticket_is_a_404_problem()
    {
        var response = await _client.GetAsync($"/api/v1/tickets/{Guid.NewGuid()}");
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    private Task<HttpResponseMessage> PostRawAsync(string json) =>
        _client.PostAsync("/api/v1/tickets", new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    private async Task AssertNothingWrittenAsync()
    {
        Assert.Equal(0, await Sql.CountAsync(factory.DatabaseConnectionString, "tickets", $"\"TenantId\" = '{Tenant}'"));
        Assert.Equal(0, await Sql.CountAsync(factory.DatabaseConnectionString, "outbox_messages", $"tenant_id = '{Tenant}'"));
    }
}
