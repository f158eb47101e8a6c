using System.Net;
using System.Net.Http.Json;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.Ticketing.Tests;

public sealed class TicketNumberTests(TicketingApiFactory factory) : IClassFixture<TicketingApiFactory>
{
    private HttpClient NewTenantClient() => factory.CreateClient(TenantClients.NewTenant("numbers"), CxRoles.Agent);

    [Fact]
    public async Task Concurrent_creates_in_one_tenant_get_distinct_consecutive_numbers()
    {
        var client = NewTenantClient();

        var tickets = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => TicketRequests.CreateAsync(client, $"Parcel {i}")));

        Assert.Equal(Enumerable.Range(1001, 24).Select(n => (long)n), tickets.Select(t => t.Number).Order());
    }

    [Fact]
    public async Task Tenants_creating_at_the_same_time_each_number_their_own_tickets_from_1001()
    {
        var first = NewTenantClient();
        var second = NewTenantClient();

        var created = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => TicketRequests.CreateAsync(i % 2 == 0 ? first : second)));

        var expected = Enumerable.Range(1001, 8).Select(n => (long)n);
        Assert.Equal(expected, created.Where((_, i) => i % 2 == 0).Select(t => t.Number).Order());
        Assert.Equal(expected, created.Where((_, i) => i % 2 == 1).Select(t => t.Number).Order());
    }

    [Fact]
    public async Task A_create_rejected_after_taking_its_number_leaves_a_gap_and_numbering_goes_on()
    {
        var client = NewTenantClient();
        var before = await TicketRequests.CreateAsync(client);

        // The group is looked up inside the create's transaction, after the number was taken.
        var rejected = await client.PostAsJsonAsync("/api/v1/tickets", new
        {
            subject = "Lost parcel", description = "Never arrived.", requester = new { contactPoint = "a@example.com" },
            channel = "email", groupId = Guid.NewGuid(),
        });
        var after = await TicketRequests.CreateAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal((1001L, 1003L), (before.Number, after.Number));
        var page = await client.GetFromJsonAsync<Apis.TicketPage>("/api/v1/tickets");
        Assert.Equal([1003L, 1001L], page!.Items.Select(t => t.Number));
    }
}
