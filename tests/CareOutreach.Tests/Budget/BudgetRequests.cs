using System.Net;
using System.Net.Http.Json;
using CxPlatform.Care.Apis;
using CxPlatform.Testing;

namespace CxPlatform.Care.Tests.Budget;

/// <summary>What clients send to read the contact budget's decisions and to configure it.</summary>
internal static class BudgetRequests
{
    public static async Task<List<ContactDecisionResponse>> DecisionsAsync(HttpClient client, Guid customerId)
    {
        var response = await client.GetAsync($"/api/v1/customers/{customerId}/contact-decisions");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<ContactDecisionResponse>>())!;
    }

    /// <summary>Waits until the task, as GET answers it, satisfies <paramref name="until"/>.</summary>
    public static async Task<OutreachTaskResponse> WaitForTaskAsync(HttpClient client, Guid id, Func<OutreachTaskResponse, bool> until) =>
        await Eventually.ReturnsAsync(async () => (await OutreachRequests.GetAsync(client, id)).Task, until);

    /// <summary>Care settings in UTC with the given caps and, optionally, a message webhook.</summary>
    public static Task<HttpResponseMessage> PutSettingsAsync(HttpClient admin, object? extra = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["defaultLanguage"] = "en",
            ["timeZone"] = "UTC",
            ["workingHours"] = new[] { new { day = "monday", start = "09:00", end = "17:00" } },
            ["teams"] = new[] { "care" },
        };
        foreach (var property in extra?.GetType().GetProperties() ?? [])
        {
            body[property.Name] = property.GetValue(extra);
        }
        return PlaybookRequests.SendAsync(admin, HttpMethod.Put, "/api/v1/care-settings", body);
    }
}
