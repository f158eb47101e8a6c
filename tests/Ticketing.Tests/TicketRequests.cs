using System.Net.Http.Json;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Ticketing.Tests;

internal static class TicketRequests
{
    public static object Valid(string subject = "My parcel arrived damaged") => new
    {
        subject,
        description = "The box was crushed and the vase inside is broken.",
        requester = new { contactPoint = "jane@example.com", name = "Jane Doe" },
        channel = "email",
        type = "complaint",
        priority = "high",
    };

    public static async Task<TicketResponse> CreateAsync(HttpClient client, string subject = "My parcel arrived damaged")
    {
        var response = await client.PostAsJsonAsync("/api/v1/tickets", Valid(subject));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TicketResponse>())!;
    }

    public static Task<HttpResponseMessage> ChangeStatusAsync(HttpClient client, Guid id, string status) =>
        client.PostAsJsonAsync($"/api/v1/tickets/{id}/status", new { status });
}
