using System.Net;
using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Ticketing.Tests;

/// <summary>A ticket created with only a contact point belongs to the customer CareOutreach resolves it to.</summary>
public sealed class CustomerIdentityTests(RunningCareOutreachFactory factory) : IClassFixture<RunningCareOutreachFactory>
{
    [Fact]
    public async Task A_ticket_with_only_an_email_address_belongs_to_the_customer_CareOutreach_resolves()
    {
        var tenant = UniqueTenant();
        var email = $"ana.{Guid.NewGuid():N}@example.com";
        var expected = factory.CareOutreach.Customers.CustomerFor(tenant, ContactPointKinds.Email, email);
        await using var probe = await BrokerProbe<TicketCreated>.StartAsync(factory.MessagingConnectionString);

        var ticket = await CustomerTicketRequests.CreateAsync(
            factory.CreateClient(tenant, CxRoles.Agent), CustomerTicketRequests.FromContactPoint(email, "Ana Lima"));

        Assert.Equal(expected, ticket.Requester.CustomerId);
        Assert.Equal(email, ticket.Requester.ContactPoint);
        Assert.Equal(expected, await Sql.ScalarAsync<Guid>(factory.DatabaseConnectionString, $"SELECT requester_customer_id FROM tickets WHERE \"Id\" = '{ticket.Id}'"));
        Assert.False(await Sql.ScalarAsync<bool>(factory.DatabaseConnectionString, $"SELECT customer_resolution_pending FROM tickets WHERE \"Id\" = '{ticket.Id}'"));
        var created = Assert.Single(await probe.WaitForAsync(m => m.TicketId == ticket.Id, 1));
        Assert.Equal(expected, created.Message.CustomerId);

        var call = Assert.Single(factory.CareOutreach.Customers.CallsFor(tenant));
        Assert.Equal([CxRoles.Service], call.Roles);
        Assert.Equal((ContactPointKinds.Email, email, true, "Ana Lima"), (call.ContactKind, call.ContactValue, call.CreateIfUnknown, call.DisplayName));
    }

    [Theory]
    [InlineData("+41791234567", null, ContactPointKinds.Phone)]
    [InlineData("instagram:@ana", null, ContactPointKinds.SocialHandle)]
    [InlineData("visitor-8d1f", ContactPointKinds.ChatVisitorId, ContactPointKinds.ChatVisitorId)]
    [InlineData("ana@example.com", ContactPointKinds.ExternalId, ContactPointKinds.ExternalId)]
    public async Task CareOutreach_is_asked_with_the_contact_kind_derived_or_given(string contactPoint, string? contactKind, string sent)
    {
        var tenant = UniqueTenant();

        var ticket = await CustomerTicketRequests.CreateAsync(
            factory.CreateClient(tenant, CxRoles.Agent), CustomerTicketRequests.FromContactPoint(contactPoint, contactKind: contactKind));

        var call = Assert.Single(factory.CareOutreach.Customers.CallsFor(tenant));
        Assert.Equal((sent, contactPoint), (call.ContactKind, call.ContactValue));
        Assert.Equal(factory.CareOutreach.Customers.CustomerFor(tenant, sent, contactPoint), ticket.Requester.CustomerId);
        Assert.Equal(sent, ticket.Requester.ContactKind);
    }

    [Fact]
    public async Task A_contact_point_CareOutreach_refuses_is_kept_without_a_customer_and_not_retried()
    {
        var tenant = UniqueTenant();
        var client = factory.CreateClient(tenant, CxRoles.Agent);

        var response = await client.PostAsJsonAsync("/api/v1/tickets", CustomerTicketRequests.FromContactPoint("invalid@example.com"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var ticket = (await response.Content.ReadFromJsonAsync<TicketResponse>())!;
        Assert.Null(ticket.Requester.CustomerId);
        Assert.Equal("invalid@example.com", ticket.Requester.ContactPoint);
        Assert.False(await Sql.ScalarAsync<bool>(factory.DatabaseConnectionString, $"SELECT customer_resolution_pending FROM tickets WHERE \"Id\" = '{ticket.Id}'"));
        Assert.Single(factory.CareOutreach.Customers.CallsFor(tenant));
    }

    [Fact]
    public async Task A_ticket_for_a_known_customer_asks_CareOutreach_nothing()
    {
        var tenant = UniqueTenant();
        var customerId = Guid.NewGuid();

        var ticket = await CustomerTicketRequests.CreateForCustomerAsync(factory.CreateClient(tenant, CxRoles.Agent), customerId);

        Assert.Equal(customerId, ticket.Requester.CustomerId);
        Assert.Empty(factory.CareOutreach.Customers.CallsFor(tenant));
    }

    private static string UniqueTenant() => $"identity-{Guid.NewGuid():N}"[..24];
}
