using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CxPlatform.Contracts;
using CxPlatform.Insights.Apis;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.Testing;

namespace CxPlatform.Insights.Tests;

/// <summary>External touchpoints through the ingestion API: idempotent on (source, external id), in any order, at any time.</summary>
public sealed class IngestionTests(InsightsApiFactory factory) : IClassFixture<InsightsApiFactory>
{
    private static readonly DateTimeOffset Recently = DateTimeOffset.UtcNow.AddHours(-2);

    [Fact]
    public async Task The_same_external_id_twice_is_one_touchpoint_and_one_TouchpointRecorded_and_the_replay_names_the_first()
    {
        var tenant = InsightsApiFactory.NewTenant("ingest");
        var client = factory.CreateClient(tenant, CxRoles.Service);
        var customer = Guid.NewGuid();
        await using var probe = await BrokerProbe<TouchpointRecorded>.StartAsync(factory.MessagingConnectionString);
        var order = Touchpoints.Order(customer, Recently, "order-1", TouchpointKinds.OrderBackordered,
            new() { ["order_id"] = "A-1", ["expected_date"] = "2026-12-01" });

        var first = await Touchpoints.PostAsync(client, order);
        var second = await Touchpoints.PostAsync(client, order);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var created = (await first.Content.ReadFromJsonAsync<TouchpointReceipt>())!;
        var replay = (await second.Content.ReadFromJsonAsync<TouchpointReceipt>())!;
        Assert.Equal((TouchpointOutcomes.Created, TouchpointOutcomes.Duplicate), (created.Outcome, replay.Outcome));
        Assert.Equal(created.TouchpointId, replay.TouchpointId);
        Assert.Equal(1, await Rows.TouchpointsAsync(factory, tenant));
        var published = Assert.Single(await probe.WaitForAsync(m => m.TenantId == tenant, 1, settle: TimeSpan.FromSeconds(1)));
        Assert.Equal((created.TouchpointId, (Guid?)customer, TouchpointKinds.OrderBackordered, "shop", "order-1", "2026-12-01"),
            (published.Message.TouchpointId, published.Message.CustomerId, published.Message.Kind, published.Message.Source,
                published.Message.ExternalId, published.Message.Attributes["expected_date"]));
    }

    [Fact]
    public async Task A_batch_reports_each_item_and_recognises_duplicates_inside_and_across_batches()
    {
        var tenant = InsightsApiFactory.NewTenant("batch");
        var client = factory.CreateClient(tenant, CxRoles.Admin);
        var customer = Guid.NewGuid();
        await using var probe = await BrokerProbe<TouchpointRecorded>.StartAsync(factory.MessagingConnectionString);

        var first = await Touchpoints.RecordBatchAsync(client,
            Touchpoints.Order(customer, Recently, "a"), Touchpoints.Order(customer, Recently, "a"), Touchpoints.Order(customer, Recently, "b"),
            new { kind = "teleportation", source = "shop", occurredAt = Recently }, null);
        var second = await Touchpoints.RecordBatchAsync(client, Touchpoints.Order(customer, Recently, "b"), Touchpoints.Order(customer, Recently, "c"));

        Assert.Equal([TouchpointOutcomes.Created, TouchpointOutcomes.Duplicate, TouchpointOutcomes.Created, TouchpointOutcomes.Rejected, TouchpointOutcomes.Rejected],
            first.Items.Select(i => i.Outcome));
        Assert.Equal((2, 1, 2), (first.Created, first.Duplicates, first.Rejected));
        Assert.Equal(first.Items[0].TouchpointId, first.Items[1].TouchpointId);
        Assert.Contains("kind", first.Items[3].Errors!.Keys);
        Assert.Equal([TouchpointOutcomes.Duplicate, TouchpointOutcomes.Created], second.Items.Select(i => i.Outcome));
        Assert.Equal(first.Items[2].TouchpointId, second.Items[0].TouchpointId);
        Assert.Equal(3, await Rows.TouchpointsAsync(factory, tenant));
        Assert.Equal(3, (await probe.WaitForAsync(m => m.TenantId == tenant, 3, settle: TimeSpan.FromSeconds(1))).Count);
    }

    [Fact]
    public async Task A_malformed_batch_is_refused_as_a_whole_and_writes_nothing()
    {
        var tenant = InsightsApiFactory.NewTenant("bad-batch");
        var client = factory.CreateClient(tenant, CxRoles.Service);
        var tooMany = Enumerable.Range(0, 1001).Select(i => Touchpoints.Order(Guid.NewGuid(), Recently, $"x-{i}")).ToArray();

        var responses = new[]
        {
            await client.PostAsJsonAsync("/api/v1/touchpoints/batch", new { }),
            await client.PostAsJsonAsync("/api/v1/touchpoints/batch", new { items = Array.Empty<object>() }),
            await client.PostAsJsonAsync("/api/v1/touchpoints/batch", new { items = tooMany }),
            await client.PostAsync("/api/v1/touchpoints/batch", new StringContent("{\"items\": [", System.Text.Encoding.UTF8, "application/json")),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(0, await Rows.TouchpointsAsync(factory, tenant));
    }

    [Theory]
    [InlineData("{\"kind\":\"teleportation\",\"source\":\"shop\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}", "kind")]
    [InlineData("{\"kind\":\"web_visit\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}", "source")]
    [InlineData("{\"kind\":\"web_visit\",\"source\":\"ticketing\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}", "source")]
    [InlineData("{\"kind\":\"web_visit\",\"source\":\"shop\"}", "occurredAt")]
    [InlineData("{\"kind\":\"web_visit\",\"source\":\"shop\",\"occurredAt\":\"2999-01-01T00:00:00Z\"}", "occurredAt")]
    [InlineData("{\"kind\":\"review_posted\",\"source\":\"shop\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"attributes\":{\"rating\":\"9\"}}", "attributes")]
    [InlineData("{\"kind\":\"web_visit\",\"source\":\"shop\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"externalId\":\"  \"}", "externalId")]
    public async Task An_invalid_touchpoint_is_a_400_naming_the_field_and_writes_nothing(string body, string field)
    {
        var tenant = InsightsApiFactory.NewTenant("invalid");
        var client = factory.CreateClient(tenant, CxRoles.Service);

        var response = await client.PostAsync("/api/v1/touchpoints", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
        Assert.Equal(0, await Rows.TouchpointsAsync(factory, tenant));
        Assert.Equal(0, await Rows.OutboxAsync(factory, tenant));
    }

    [Fact]
    public async Task Only_services_and_admins_ingest_and_only_tenant_users_read()
    {
        var tenant = InsightsApiFactory.NewTenant("roles");
        var customer = Guid.NewGuid();

        var byAgent = await Touchpoints.PostAsync(factory.CreateClient(tenant, CxRoles.Agent), Touchpoints.Order(customer, Recently));
        var anonymous = await factory.CreateClient().GetAsync($"/api/v1/customers/{customer}/timeline");
        var byAnalyst = await factory.CreateClient(tenant, CxRoles.Analyst).GetAsync($"/api/v1/customers/{customer}/timeline");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized, HttpStatusCode.OK), (byAgent.StatusCode, anonymous.StatusCode, byAnalyst.StatusCode));
    }

    [Fact]
    public async Task Touchpoints_arriving_out_of_order_end_up_in_time_order_on_the_timeline()
    {
        var tenant = InsightsApiFactory.NewTenant("order");
        var client = factory.CreateClient(tenant, CxRoles.Service);
        var customer = Guid.NewGuid();
        var placed = Recently.AddDays(-3);

        await Touchpoints.RecordAsync(client, Touchpoints.Order(customer, placed.AddDays(2), "delivered", TouchpointKinds.OrderDelivered));
        await Touchpoints.RecordAsync(client, Touchpoints.Order(customer, placed, "placed", TouchpointKinds.OrderPlaced));
        await Touchpoints.RecordAsync(client, Touchpoints.Order(customer, placed.AddDays(1), "shipped", TouchpointKinds.OrderShipped));

        var timeline = await Touchpoints.TimelineAsync(factory.CreateClient(tenant, CxRoles.Agent), customer);
        Assert.Equal([TouchpointKinds.OrderDelivered, TouchpointKinds.OrderShipped, TouchpointKinds.OrderPlaced], timeline.Items.Select(i => i.Kind));
    }

    [Fact]
    public async Task A_touchpoint_from_long_ago_is_stored_in_the_default_partition_and_a_recent_one_in_its_month()
    {
        var tenant = InsightsApiFactory.NewTenant("partition");
        var client = factory.CreateClient(tenant, CxRoles.Service);
        var customer = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var month = $"touchpoints_y{now:yyyy}m{now:MM}";
        await Eventually.ReturnsAsync(() => Sql.ScalarAsync<bool>(factory.DatabaseConnectionString, $"SELECT to_regclass('{month}') IS NOT NULL"), exists => exists);

        var old = await Touchpoints.RecordAsync(client, Touchpoints.Order(customer, new DateTimeOffset(1999, 12, 31, 23, 0, 0, TimeSpan.Zero), "y2k"));
        var recent = await Touchpoints.RecordAsync(client, Touchpoints.Order(customer, now.AddMinutes(-1), "today"));

        Assert.Equal("touchpoints_default", await Rows.PartitionOfAsync(factory, old.TouchpointId!.Value));
        Assert.Equal(month, await Rows.PartitionOfAsync(factory, recent.TouchpointId!.Value));
        var timeline = await Touchpoints.TimelineAsync(client, customer);
        Assert.Equal([recent.TouchpointId, old.TouchpointId], timeline.Items.Select(i => (Guid?)i.Id));
    }
}
