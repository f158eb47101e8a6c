using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Ticketing.Tests;

/// <summary>Without a CareOutreach address (the platform before CareOutreach exists) tickets are accepted and wait for their customer.</summary>
public sealed class CreatingTicketsWithoutCareOutreachTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    private const string Tenant = "no-careoutreach";
    private readonly HttpClient _client = factory.CreateClient(Tenant, CxRoles.Agent);

    [Fact]
    public async Task Without_a_CareOutreach_address_a_ticket_keeps_its_contact_point_and_waits_for_its_customer()
    {
        var ticket = await CustomerTicketRequests.CreateAsync(_client, CustomerTicketRequests.FromContactPoint("+41791234567"));

        Assert.Null(ticket.Requester.CustomerId);
        Assert.Equal("+41791234567", ticket.Requester.ContactPoint);
        Assert.True(await Sql.ScalarAsync<bool>(factory.DatabaseConnectionString, $"SELECT customer_resolution_pending FROM tickets WHERE \"Id\" = '{ticket.Id}'"));
    }

    [Fact]
    public async Task A_ticket_for_a_known_customer_waits_for_nothing()
    {
        var ticket = await CustomerTicketRequests.CreateForCustomerAsync(_client, Guid.NewGuid());

        Assert.False(await Sql.ScalarAsync<bool>(factory.DatabaseConnectionString, $"SELECT customer_resolution_pending FROM tickets WHERE \"Id\" = '{ticket.Id}'"));
    }

    [Theory]
    [InlineData("ana at example dot com", null)]
    [InlineData("ana@example.com", "carrier_pigeon")]
    public async Task A_contact_point_of_no_known_kind_is_a_400_naming_contactKind_and_writes_nothing(string contactPoint, string? contactKind)
    {
        var subject = $"bad kind {Guid.NewGuid():N}";
        var response = await _client.PostAsJsonAsync("/api/v1/tickets", new
        {
            subject,
            description = "d",
            requester = new { contactPoint, contactKind },
            channel = "email",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name.Contains("ContactKind", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, await Sql.CountAsync(factory.DatabaseConnectionString, "tickets", $"\"Subject\" = '{subject}'"));
    }
}
