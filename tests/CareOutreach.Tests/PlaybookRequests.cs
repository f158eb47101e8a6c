using System.Net;
using System.Net.Http.Json;
using CxPlatform.Care.Apis;

namespace CxPlatform.Care.Tests;

/// <summary>What an admin's client sends to the playbook and care settings endpoints.</summary>
internal static class PlaybookRequests
{
    public static Dictionary<string, object?> Body(string trigger = "survey_responded", object? conditions = null, object? templates = null, object? extra = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["name"] = "Call unhappy customers",
            ["trigger"] = trigger,
            ["conditions"] = conditions,
            ["action"] = "agent_task",
            ["kind"] = "follow_up",
            ["team"] = "care",
            ["priority"] = "high",
            ["templates"] = templates ?? new Dictionary<string, string> { ["en"] = "Hi {{customer.preferred_name}}, thanks for your feedback." },
            ["due"] = new { minutes = 60, clock = "business_hours" },
        };
        foreach (var property in extra?.GetType().GetProperties() ?? [])
        {
            body[property.Name] = property.GetValue(extra);
        }
        return body;
    }

    public static async Task<(PlaybookResponse Playbook, string ETag)> CreateAsync(HttpClient admin, object body)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/playbooks", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<PlaybookResponse>())!, response.Headers.ETag!.Tag);
    }

    public static async Task<List<PlaybookResponse>> ListAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/playbooks");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<List<PlaybookResponse>>())!;
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    /// <summary>Care team hours in <paramref name="timeZone"/>, Monday to Friday 09:00–17:00, teams "care" and <paramref name="extraTeams"/>.</summary>
    public static async Task SetOfficeHoursAsync(HttpClient admin, string timeZone, string defaultLanguage = "en", params string[] extraTeams)
    {
        var days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday" };
        var response = await SendAsync(admin, HttpMethod.Put, "/api/v1/care-settings", new
        {
            defaultLanguage,
            timeZone,
            workingHours = days.Select(day => new { day, start = "09:00", end = "17:00" }),
            teams = new[] { "care" }.Concat(extraTeams),
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
