using System.Net.Http.Json;
using CxPlatform.Contracts;
using CxPlatform.Insights.Apis;

namespace CxPlatform.Insights.Tests;

/// <summary>Requests against the ingestion and timeline APIs.</summary>
internal static class Touchpoints
{
    public static object Order(Guid customerId, DateTimeOffset at, string? externalId = null, string kind = TouchpointKinds.OrderPlaced,
        Dictionary<string, string>? attributes = null) => new
    {
        kind,
        source = "shop",
        externalId = externalId ?? $"ext-{Guid.NewGuid():N}",
        customerId,
        occurredAt = at,
        attributes = attributes ?? new Dictionary<string, string> { ["order_id"] = "A-1" },
    };

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, object touchpoint) =>
        client.PostAsJsonAsync("/api/v1/touchpoints", touchpoint);

    public static async Task<TouchpointReceipt> RecordAsync(HttpClient client, object touchpoint)
    {
        var response = await PostAsync(client, touchpoint);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TouchpointReceipt>())!;
    }

    public static async Task<TouchpointBatchReceipt> RecordBatchAsync(HttpClient client, params object?[] items)
    {
        var response = await client.PostAsJsonAsync("/api/v1/touchpoints/batch", new { items });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TouchpointBatchReceipt>())!;
    }

    public static async Task<TimelinePage> TimelineAsync(HttpClient client, Guid customerId, string query = "")
    {
        var response = await client.GetAsync($"/api/v1/customers/{customerId}/timeline{query}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<TimelinePage>())!;
    }
}
