using System.Net;
using System.Net.Http.Json;
using CxPlatform.Care.Apis;

namespace CxPlatform.Care.Tests;

/// <summary>What a care agent's client sends; each helper asserts the call worked so tests read as the behaviour they check.</summary>
internal static class CustomerRequests
{
    public static string NewEmail() => $"{Guid.NewGuid():N}@example.com";

    public static async Task<CustomerResponse> CreateAsync(HttpClient client, string? email = null, string? fullName = "Jane Doe", object? extra = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/customers", Body(email ?? NewEmail(), fullName, extra));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<CustomerResponse>())!;
    }

    public static Dictionary<string, object?> Body(string email, string? fullName = "Jane Doe", object? extra = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["fullName"] = fullName,
            ["contactPoints"] = new[] { new { kind = "email", value = email } },
        };
        foreach (var property in extra?.GetType().GetProperties() ?? [])
        {
            body[property.Name] = property.GetValue(extra);
        }
        return body;
    }

    public static async Task<CustomerResponse> GetAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<CustomerResponse>($"/api/v1/customers/{id}"))!;

    public static Task<HttpResponseMessage> PatchAsync(HttpClient client, Guid id, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/customers/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> RecordConsentAsync(HttpClient client, Guid id, string channel, string purpose, string decision, string? source = null) =>
        client.PostAsJsonAsync($"/api/v1/customers/{id}/consents", new { channel, purpose, decision, source });

    public static Task<HttpResponseMessage> AddContactPointAsync(HttpClient client, Guid id, string kind, string value, bool verified = false) =>
        client.PostAsJsonAsync($"/api/v1/customers/{id}/contact-points", new { kind, value, verified });

    public static Task<HttpResponseMessage> MergeAsync(HttpClient client, Guid survivorId, Guid duplicateId) =>
        client.PostAsJsonAsync($"/api/v1/customers/{survivorId}/merge", new { duplicateId });
}
