using System.Net;
using System.Net.Http.Json;
using CxPlatform.Care.Apis;
using CxPlatform.Testing;

namespace CxPlatform.Care.Tests;

/// <summary>What a care agent's client sends to the outreach task endpoints.</summary>
internal static class OutreachRequests
{
    public static async Task<OutreachTaskPage> ListAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync($"/api/v1/outreach-tasks{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<OutreachTaskPage>())!;
    }

    /// <summary>Waits for the customer's tasks (of any status) to reach <paramref name="count"/>, then returns them.</summary>
    public static async Task<IReadOnlyList<OutreachTaskResponse>> WaitForTasksAsync(HttpClient client, Guid customerId, int count = 1)
    {
        var page = await Eventually.ReturnsAsync(
            () => ListAsync(client, $"?customerId={customerId}&status=scheduled&status=due&status=in_progress&status=done&status=skipped&status=failed"),
            p => p.Items.Count >= count);
        return page.Items;
    }

    public static async Task<(OutreachTaskResponse Task, string ETag)> GetAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/outreach-tasks/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<OutreachTaskResponse>())!, response.Headers.ETag!.Tag);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string move, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/outreach-tasks/{id}/{move}") { Content = JsonContent.Create(body ?? new { }) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    public static async Task<OutreachTaskResponse> MoveAsync(HttpClient client, Guid id, string move, object? body = null)
    {
        var response = await PostAsync(client, id, move, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<OutreachTaskResponse>())!;
    }

    /// <summary>The broker consumers are bound once the service reports ready (MassTransit's bus check).</summary>
    public static async Task WaitUntilReadyAsync(CareOutreachApiFactory factory)
    {
        var client = factory.CreateClient();
        var status = await Eventually.ReturnsAsync(async () => (await client.GetAsync("/health/ready")).StatusCode, s => s == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, status);
    }
}
