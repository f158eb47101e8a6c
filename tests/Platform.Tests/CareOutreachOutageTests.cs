using System.Net;
using CxPlatform.Testing;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.Platform.Tests;

/// <summary>Ticketing keeps taking tickets while CareOutreach is down and links their customers once it is up.</summary>
public sealed class CareOutreachOutageTests(PlatformWithCareOutreachDown platform) : IClassFixture<PlatformWithCareOutreachDown>
{
    private const string Tenant = "outage";

    [Fact]
    public async Task Tickets_created_while_CareOutreach_is_down_are_linked_once_it_is_up()
    {
        var ticketing = platform.Ticketing.CreateRestClient(Tenant, CxRoles.Agent);

        var ticket = await TicketRequests.CreateFromContactPointAsync(ticketing, "bo@example.com", "Bo Berg");
        Assert.Null(ticket.Requester.CustomerId);

        await platform.CareOutreach.StartAsync();

        var linked = await Eventually.ReturnsAsync(
            () => TicketRequests.GetAsync(ticketing, ticket.Id),
            t => t.Requester.CustomerId is not null,
            TimeSpan.FromSeconds(60));
        var customerId = Assert.IsType<Guid>(linked.Requester.CustomerId);
        var careOutreach = platform.CareOutreach.CreateRestClient(Tenant, CxRoles.Care);
        var customer = await CustomerRequests.GetAsync(careOutreach, customerId);
        Assert.Equal("Bo Berg", customer.FullName);
        Assert.Equal("bo@example.com", Assert.Single(customer.ContactPoints).Value);
        Assert.Equal(HttpStatusCode.NotFound, await CustomerRequests.StatusOfAsync(
            platform.CareOutreach.CreateRestClient("another-tenant", CxRoles.Care), customerId));
    }
}
