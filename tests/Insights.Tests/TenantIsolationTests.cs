using System.Net;
using CxPlatform.Contracts.Grpc.Insights;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.Insights.Tests;

/// <summary>Another tenant's touchpoints, customers and external ids do not exist for a caller, over REST and gRPC.</summary>
public sealed class TenantIsolationTests(InsightsApiFactory factory) : IClassFixture<InsightsApiFactory>
{
    [Fact]
    public async Task Another_tenants_customer_is_invisible_on_every_endpoint_and_their_external_ids_do_not_collide()
    {
        var acme = InsightsApiFactory.NewTenant("iso-acme");
        var globex = InsightsApiFactory.NewTenant("iso-globex");
        var customer = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow.AddHours(-1);
        var acmeOrder = await Touchpoints.RecordAsync(factory.CreateClient(acme, CxRoles.Service), Touchpoints.Order(customer, at, "order-7"));
        var globexOrder = await Touchpoints.RecordAsync(factory.CreateClient(globex, CxRoles.Service), Touchpoints.Order(customer, at, "order-7"));
        await Touchpoints.RecordAsync(factory.CreateClient(acme, CxRoles.Service), Touchpoints.Order(customer, at.AddMinutes(1), "order-8"));
        var globexReader = factory.CreateClient(globex, CxRoles.Admin);

        var timeline = await Touchpoints.TimelineAsync(globexReader, customer);
        var acmesTouchpoint = await globexReader.GetAsync($"/api/v1/touchpoints/{acmeOrder.TouchpointId}");
        var context = await InsightsGrpc.Client(factory).GetCustomerContextAsync(
            new GetCustomerContextRequest { CustomerId = customer.ToString() }, InsightsGrpc.As(globex, CxRoles.Service));

        Assert.Equal(("created", "created"), (acmeOrder.Outcome, globexOrder.Outcome));
        Assert.Equal([globexOrder.TouchpointId], timeline.Items.Select(i => (Guid?)i.Id));
        Assert.Equal(HttpStatusCode.NotFound, acmesTouchpoint.StatusCode);
        Assert.Equal([globexOrder.TouchpointId.ToString()], context.RecentTouchpoints.Select(t => t.TouchpointId));
        Assert.Equal(2, await Rows.TouchpointsAsync(factory, acme));
        Assert.Equal(1, await Rows.TouchpointsAsync(factory, globex));
    }

    [Fact]
    public async Task A_customer_only_another_tenant_knows_has_no_summary()
    {
        var acme = InsightsApiFactory.NewTenant("iso-sum-a");
        var customer = Guid.NewGuid();
        await Touchpoints.RecordAsync(factory.CreateClient(acme, CxRoles.Service), Touchpoints.Order(customer, DateTimeOffset.UtcNow.AddHours(-1)));

        var own = await factory.CreateClient(acme, CxRoles.Agent).GetAsync($"/api/v1/customers/{customer}");
        var other = await factory.CreateClient(InsightsApiFactory.NewTenant("iso-sum-b"), CxRoles.Agent).GetAsync($"/api/v1/customers/{customer}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (own.StatusCode, other.StatusCode));
    }
}
