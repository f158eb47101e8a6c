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

    public static async Task<TicketResponse> CreateAsync(HttpClient client, string subject = "My parcel arrived damaged") =>
        await CreateAsync(client, Valid(subject));

    public static async Task<TicketResponse> CreateAsync(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/v1/tickets", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TicketResponse>())!;
    }

    public static Task<TicketResponse?> GetAsync(HttpClient client, Guid id) => client.GetFromJsonAsync<TicketResponse>($"/api/v1/tickets/{id}");

    public static Task<HttpResponseMessage> ChangeStatusAsync(HttpClient client, Guid id, string status) =>
        client.PostAsJsonAsync($"/api/v1/tickets/{id}/status", new { status });

    public static Task<HttpResponseMessage> AddMessageAsync(HttpClient client, Guid id, object message) =>
        client.PostAsJsonAsync($"/api/v1/tickets/{id}/messages", message);

    public static async Task<MessageResponse> ReplyAsync(HttpClient client, Guid id, string body, string authorKind = "agent")
    {
        var response = await AddMessageAsync(client, id, new { body, authorKind });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<MessageResponse>())!;
    }

    public static async Task<List<MessageResponse>> MessagesAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<List<MessageResponse>>($"/api/v1/tickets/{id}/messages"))!;

    public static async Task<List<AuditEntryResponse>> AuditAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<List<AuditEntryResponse>>($"/api/v1/tickets/{id}/audit"))!;

    public static Task<HttpResponseMessage> PatchAsync(HttpClient client, Guid id, object change) =>
        client.PatchAsJsonAsync($"/api/v1/tickets/{id}", change);
}
