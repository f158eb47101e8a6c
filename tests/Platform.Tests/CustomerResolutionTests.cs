using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Platform.Tests;

/// <summary>Ticketing asks the real CareOutreach who a requester is: unknown contact points become customers, known ones are found.</summary>
public sealed class CustomerResolutionTests(RunningPlatform platform) : IClassFixture<RunningPlatform>
{
    [Fact]
    public async Task A_ticket_from_an_unknown_email_creates_the_customer_in_CareOutreach_and_links_it()
    {
        const string tenant = "resolution-new";
        var ticketing = platform.Ticketing.CreateRestClient(tenant, CxRoles.Agent);
        var careOutreach = platform.CareOutreach.CreateRestClient(tenant, CxRoles.Care);
        await using var created = await BrokerProbe<TicketCreated>.StartAsync(platform.Ticketing.MessagingConnectionString);

        var ticket = await TicketRequests.CreateFromContactPointAsync(ticketing, "new.person@example.com", "New Person");

        var customerId = Assert.IsType<Guid>(ticket.Requester.CustomerId);
        var customer = await CustomerRequests.GetAsync(careOutreach, customerId);
        Assert.Equal("New Person", customer.FullName);
        var contactPoint = Assert.Single(customer.ContactPoints);
        Assert.Equal(("email", "new.person@example.com"), (contactPoint.Kind, contactPoint.Value));
        var announced = Assert.Single(await created.WaitForAsync(m => m.TicketId == ticket.Id, 1));
        Assert.Equal(customerId, announced.Message.CustomerId);
    }

    [Fact]
    public async Task A_known_customer_is_found_not_created_again()
    {
        const string tenant = "resolution-known";
        var ticketing = platform.Ticketing.CreateRestClient(tenant, CxRoles.Agent);
        var careOutreach = platform.CareOutreach.CreateRestClient(tenant, CxRoles.Care);
        var jane = await CustomerRequests.CreateAsync(careOutreach, "Jane@Example.com", "Jane Doe");

        var ticket = await TicketRequests.CreateFromContactPointAsync(ticketing, "jane@example.com", "J. Doe");

        Assert.Equal(jane.Id, ticket.Requester.CustomerId);
        var customers = await CustomerRequests.ListAsync(careOutreach);
        var only = Assert.Single(customers);
        Assert.Equal((jane.Id, "Jane Doe"), (only.Id, only.FullName));
        Assert.Equal("jane@example.com", Assert.Single(only.ContactPoints).Value);
    }
}
