using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.Platform.Tests;

/// <summary>CareOutreach's customer view pulls the journey context from the real Insights over gRPC.</summary>
public sealed class CustomerViewTests(PlatformWithInsights platform) : IClassFixture<PlatformWithInsights>
{
    [Fact]
    public async Task The_customer_view_shows_what_Insights_knows_of_the_customers_journey()
    {
        const string tenant = "customer-view";
        var care = platform.CareOutreach.CreateRestClient(tenant, CxRoles.Care);
        var customer = await CustomerRequests.CreateAsync(care, "viewed@example.com", "Vera View");
        var ingest = platform.Insights.CreateRestClient(tenant, CxRoles.Service);
        var recorded = await ingest.PostAsJsonAsync("api/v1/touchpoints", new
        {
            kind = TouchpointKinds.OrderPlaced,
            source = "shop",
            externalId = "order-1001",
            customerId = customer.Id,
            occurredAt = DateTimeOffset.UtcNow.AddHours(-1),
            attributes = new Dictionary<string, string> { ["order_id"] = "1001" },
        });
        recorded.EnsureSuccessStatusCode();

        var view = await care.GetFromJsonAsync<CustomerView>($"api/v1/customers/{customer.Id}/view");

        Assert.NotNull(view);
        Assert.Equal(customer.Id, view.Profile.Id);
        Assert.True(view.InsightsAvailable);
        Assert.NotNull(view.Insights);
        Assert.Equal(JourneyStages.FirstPurchase, view.Insights.JourneyStage);
        var touchpoint = Assert.Single(view.Insights.RecentTouchpoints);
        Assert.Equal(TouchpointKinds.OrderPlaced, touchpoint.Kind);
    }

    [Fact]
    public async Task Another_tenants_customer_view_sees_nothing_of_this_tenants_journey()
    {
        var care = platform.CareOutreach.CreateRestClient("view-other", CxRoles.Care);
        var customer = await CustomerRequests.CreateAsync(care, "other@example.com", "Otto Other");
        var ingest = platform.Insights.CreateRestClient("view-intruder", CxRoles.Service);
        // A touchpoint for the same customer id in another tenant.
        (await ingest.PostAsJsonAsync("api/v1/touchpoints", new
        {
            kind = TouchpointKinds.OrderPlaced, source = "shop", externalId = "order-2002", customerId = customer.Id,
            occurredAt = DateTimeOffset.UtcNow.AddHours(-1),
        })).EnsureSuccessStatusCode();

        var view = await care.GetFromJsonAsync<CustomerView>($"api/v1/customers/{customer.Id}/view");

        Assert.NotNull(view?.Insights);
        Assert.Empty(view.Insights.RecentTouchpoints);
    }

    private sealed record CustomerView(CustomerRef Profile, bool InsightsAvailable, JourneyContext? Insights);

    private sealed record CustomerRef(Guid Id);

    private sealed record JourneyContext(string? JourneyStage, IReadOnlyList<TouchpointRef> RecentTouchpoints);

    private sealed record TouchpointRef(string Kind);
}
