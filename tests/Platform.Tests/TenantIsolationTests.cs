using System.Net;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.Platform.Tests;

/// <summary>The tenant travels with the call from Ticketing to CareOutreach: one address is two customers in two tenants.</summary>
public sealed class TenantIsolationTests(RunningPlatform platform) : IClassFixture<RunningPlatform>
{
    private const string Email = "shared@example.com";

    [Fact]
    public async Task Tenants_stay_apart_across_services()
    {
        var ticketA = await TicketRequests.CreateFromContactPointAsync(platform.Ticketing.CreateRestClient("tenant-a", CxRoles.Agent), Email, "Ana");
        var ticketB = await TicketRequests.CreateFromContactPointAsync(platform.Ticketing.CreateRestClient("tenant-b", CxRoles.Agent), Email, "Ana");

        var customerA = Assert.IsType<Guid>(ticketA.Requester.CustomerId);
        var customerB = Assert.IsType<Guid>(ticketB.Requester.CustomerId);
        Assert.NotEqual(customerA, customerB);
        var careA = platform.CareOutreach.CreateRestClient("tenant-a", CxRoles.Care);
        var careB = platform.CareOutreach.CreateRestClient("tenant-b", CxRoles.Care);
        Assert.Equal(Email, Assert.Single((await CustomerRequests.GetAsync(careA, customerA)).ContactPoints).Value);
        Assert.Equal(Email, Assert.Single((await CustomerRequests.GetAsync(careB, customerB)).ContactPoints).Value);
        Assert.Equal(HttpStatusCode.NotFound, await CustomerRequests.StatusOfAsync(careA, customerB));
        Assert.Equal(HttpStatusCode.NotFound, await CustomerRequests.StatusOfAsync(careB, customerA));
        Assert.Equal([customerA], (await CustomerRequests.ListAsync(careA)).Select(c => c.Id));
        Assert.Equal([customerB], (await CustomerRequests.ListAsync(careB)).Select(c => c.Id));
    }
}
