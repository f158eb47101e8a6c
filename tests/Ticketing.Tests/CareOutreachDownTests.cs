using System.Net;
using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;
using CxPlatform.Ticketing.Apis;
using CxPlatform.Ticketing.Customers;

namespace CxPlatform.Ticketing.Tests;

/// <summary>A ticket is never refused because CareOutreach is down; the reconciler links its customer once CareOutreach answers.</summary>
public sealed class CareOutreachDownTests(CareOutreachTicketingFactory factory) : IClassFixture<CareOutreachTicketingFactory>
{
    private const string Tenant = "careoutreach-down";

    [Fact]
    public async Task Ticket_creation_with_CareOutreach_unreachable_succeeds_and_the_customer_is_linked_once_it_answers()
    {
        var client = factory.CreateClient(Tenant, CxRoles.Agent);
        await using var created = await BrokerProbe<TicketCreated>.StartAsync(factory.MessagingConnectionString);
        await using var statusChanged = await BrokerProbe<TicketStatusChanged>.StartAsync(factory.MessagingConnectionString);

        // Nothing listens on the stand-in's port yet.
        var response = await client.PostAsJsonAsync("/api/v1/tickets", CustomerTicketRequests.FromContactPoint("bo@example.com", "Bo"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var ticket = (await response.Content.ReadFromJsonAsync<TicketResponse>())!;
        Assert.Null(ticket.Requester.CustomerId);
        Assert.Equal(("bo@example.com", ContactPointKinds.Email), (ticket.Requester.ContactPoint, ticket.Requester.ContactKind));
        Assert.True(await PendingAsync(ticket.Id));
        var announced = Assert.Single(await created.WaitForAsync(m => m.TicketId == ticket.Id, 1));
        Assert.Null(announced.Message.CustomerId);

        await factory.CareOutreach.StartAsync();

        var customerId = factory.CareOutreach.Customers.CustomerFor(Tenant, ContactPointKinds.Email, "bo@example.com");
        var linked = await Eventually.ReturnsAsync(
            () => Sql.ScalarAsync<string>(factory.DatabaseConnectionString, $"SELECT coalesce(requester_customer_id::text, '') FROM tickets WHERE \"Id\" = '{ticket.Id}'"),
            id => id.Length > 0);
        Assert.Equal(customerId.ToString(), linked);
        Assert.False(await PendingAsync(ticket.Id));
        Assert.Equal(1, await Sql.CountAsync(
            factory.DatabaseConnectionString, "ticket_audit",
            $"\"TicketId\" = '{ticket.Id}' AND \"Field\" = 'customer_id' AND \"After\" = '{customerId}' AND \"Actor\" = '{CustomerReconciler.Actor.AuditName}'"));
        Assert.All(factory.CareOutreach.Customers.Calls, call => Assert.Equal((Tenant, CxRoles.Service), (call.Tenant, Assert.Single(call.Roles))));

        var fetched = await client.GetFromJsonAsync<TicketResponse>($"/api/v1/tickets/{ticket.Id}");
        Assert.Equal(customerId, fetched!.Requester.CustomerId);
        await TicketRequests.ChangeStatusAsync(client, ticket.Id, TicketStatuses.Open);
        var changed = Assert.Single(await statusChanged.WaitForAsync(m => m.TicketId == ticket.Id, 1));
        Assert.Equal(customerId, changed.Message.CustomerId);
    }

    private Task<bool> PendingAsync(Guid ticketId) =>
        Sql.ScalarAsync<bool>(factory.DatabaseConnectionString, $"SELECT customer_resolution_pending FROM tickets WHERE \"Id\" = '{ticketId}'");
}
