using System.Net;
using System.Net.Http.Json;
using CxPlatform.Care.Apis;

namespace CxPlatform.Care.Tests.Goals;

/// <summary>What clients send to the care goal endpoints.</summary>
internal static class CareGoalRequests
{
    public static async Task<List<CareGoalResponse>> ListAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/care-goals");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<CareGoalResponse>>())!;
    }

    public static async Task<(CareGoalResponse Goal, string ETag)> GetAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/care-goals/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<CareGoalResponse>())!, response.Headers.ETag!.Tag);
    }

    public static async Task<CareGoalAttainmentResponse> AttainmentAsync(HttpClient client, Guid id, string? period = null)
    {
        var response = await client.GetAsync($"/api/v1/care-goals/{id}/attainment{(period is null ? "" : $"?period={period}")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CareGoalAttainmentResponse>())!;
    }

    public static Dictionary<string, object?> Body(Guid playbookId, object? extra = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["name"] = "Backorders explained in time",
            ["team"] = "care",
            ["playbookIds"] = new[] { playbookId },
            ["targetRate"] = 0.9,
            ["period"] = "week",
        };
        foreach (var property in extra?.GetType().GetProperties() ?? [])
        {
            body[property.Name] = property.GetValue(extra);
        }
        return body;
    }
}
