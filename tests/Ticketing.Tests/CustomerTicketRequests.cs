using System.Net.Http.Json;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Ticketing.Tests;

internal static class CustomerTicketRequests
{
    public static object FromContactPoint(string contactPoint, string name = "Ana Lima", string? contactKind = null) => new
    {
        subject = "Where is my order?",
        description = "It was due on Monday.",
        requester = new { contactPoint, name, contactKind },
        channel = "email",
    };

    public static async Task<TicketResponse> CreateAsync(HttpClient client, object request)
    {
        var response = await client.PostAsJsonAsync("/api/v1/tickets", request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TicketResponse>())!;
    }

    public static Task<TicketResponse> CreateForCustomerAsync(HttpClient client, Guid customerId, string subject = "Order question") =>
        CreateAsync(client, new
        {
            subject,
            description = "Asked by a known customer.",
            requester = new { customerId, contactPoint = "known@example.com" },
            channel = "web_form",
        });
}
