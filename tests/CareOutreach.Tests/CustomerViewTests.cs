using System.Net;
using System.Net.Http.Json;
using CxPlatform.Care.Apis;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.Care.Tests;

/// <summary>The customer view without Insights (its success with the real Insights is in Platform.Tests).</summary>
public sealed class CustomerViewTests(UnreachableInsightsFactory factory) : IClassFixture<UnreachableInsightsFactory>
{
    private const string Tenant = "care-view";

    [Fact]
    public async Task The_customer_view_answers_without_Insights_while_Insights_is_unreachable()
    {
        var client = factory.CreateClient(Tenant, CxRoles.Care);
        var customer = await CustomerRequests.CreateAsync(client, "unreached@example.com", "Una Reached");

        var response = await client.GetAsync($"api/v1/customers/{customer.Id}/view");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<CustomerViewResponse>();
        Assert.NotNull(view);
        Assert.Equal(customer.Id, view.Profile.Id);
        Assert.False(view.InsightsAvailable);
        Assert.Null(view.Insights);
        Assert.Empty(view.OpenOutreach);
    }

    [Fact]
    public async Task The_view_of_an_unknown_customer_is_404()
    {
        var client = factory.CreateClient(Tenant, CxRoles.Care);

        var response = await client.GetAsync($"api/v1/customers/{Guid.NewGuid()}/view");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
