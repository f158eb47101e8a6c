using System.Net;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Auth;

namespace CxPlatform.Insights.Tests;

/// <summary>The customer timeline: newest first, keyset-paged with an opaque cursor, filtered by kind.</summary>
public sealed class TimelineTests(InsightsApiFactory factory) : IClassFixture<InsightsApiFactory>
{
    [Fact]
    public async Task Pages_follow_the_cursor_without_repeats_or_gaps_even_when_touchpoints_arrive_meanwhile()
    {
        var tenant = InsightsApiFactory.NewTenant("pages");
        var ingest = factory.CreateClient(tenant, CxRoles.Service);
        var reader = factory.CreateClient(tenant, CxRoles.Analyst);
        var customer = Guid.NewGuid();
        var start = DateTimeOffset.UtcNow.AddDays(-10);
        var visits = Enumerable.Range(0, 7).Select(i => Touchpoints.Order(customer, start.AddHours(i), $"v{i}", TouchpointKinds.WebVisit)).ToArray();
        await Touchpoints.RecordBatchAsync(ingest, visits);
        // Two at the same instant: the id breaks the tie.
        await Touchpoints.RecordBatchAsync(ingest, Touchpoints.Order(customer, start.AddHours(3), "same-instant", TouchpointKinds.StoreVisit));

        var first = await Touchpoints.TimelineAsync(reader, customer, "?limit=3");
        await Touchpoints.RecordAsync(ingest, Touchpoints.Order(customer, start.AddHours(20), "newer", TouchpointKinds.Call));
        var second = await Touchpoints.TimelineAsync(reader, customer, $"?limit=3&cursor={first.NextCursor}");
        var third = await Touchpoints.TimelineAsync(reader, customer, $"?limit=3&cursor={second.NextCursor}");

        var all = first.Items.Concat(second.Items).Concat(third.Items).ToList();
        Assert.Equal((3, 3, 2), (first.Items.Count, second.Items.Count, third.Items.Count));
        Assert.Null(third.NextCursor);
        Assert.Equal(8, all.Select(i => i.Id).Distinct().Count());
        Assert.Equal(all.OrderByDescending(i => i.OccurredAt).ThenByDescending(i => i.Id).Select(i => i.Id), all.Select(i => i.Id));
        Assert.DoesNotContain(all, i => i.Kind == TouchpointKinds.Call);
    }

    [Fact]
    public async Task Kinds_filter_the_timeline()
    {
        var tenant = InsightsApiFactory.NewTenant("kinds");
        var customer = Guid.NewGuid();
        var at = DateTimeOffset.UtcNow.AddDays(-1);
        await Touchpoints.RecordBatchAsync(factory.CreateClient(tenant, CxRoles.Service),
            Touchpoints.Order(customer, at, "o"), Touchpoints.Order(customer, at, "w", TouchpointKinds.WebVisit),
            Touchpoints.Order(customer, at, "r", TouchpointKinds.ReviewPosted, new() { ["rating"] = "5" }));

        var page = await Touchpoints.TimelineAsync(factory.CreateClient(tenant, CxRoles.Agent), customer,
            $"?kinds={TouchpointKinds.OrderPlaced}&kinds={TouchpointKinds.ReviewPosted}");

        Assert.Equal([TouchpointKinds.OrderPlaced, TouchpointKinds.ReviewPosted], page.Items.Select(i => i.Kind).Order());
        Assert.Contains(page.Items, i => i.Summary == "Review posted: 5/5");
    }

    [Theory]
    [InlineData("?limit=0")]
    [InlineData("?limit=201")]
    [InlineData("?cursor=not-a-cursor")]
    [InlineData("?kinds=teleportation")]
    public async Task Bad_paging_or_filters_are_a_400(string query)
    {
        var response = await factory.CreateClient(InsightsApiFactory.NewTenant("bad-query"), CxRoles.Agent)
            .GetAsync($"/api/v1/customers/{Guid.NewGuid()}/timeline{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
