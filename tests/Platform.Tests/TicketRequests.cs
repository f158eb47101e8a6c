using System.Net;
using System.Net.Http.Json;
using CxPlatform.Ticketing.Apis;

namespace CxPlatform.Platform.Tests;

/// <summary>What an agent's client sends Ticketing; each helper asserts the call worked so tests read as the behaviour they check.</summary>
internal static class TicketRequests
{
    /// <summary>A ticket from someone known only by a contact point and a name: Ticketing asks CareOutreach who it is.</summary>
    public static async Task<TicketResponse> CreateFromContactPointAsync(HttpClient ticketing, string contactPoint, string name)
    {
        var response = await ticketing.PostAsJsonAsync("/api/v1/tickets", new
        {
            subject = "Where is my order?",
            description = "It was due on Monday.",
            requester = new { contactPoint, name },
            channel = "email",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TicketResponse>())!;
    }

    /// <summary>A ticket from a customer CareOutreach already knows, named by id.</summary>
    public static async Task<TicketResponse> CreateForCustomerAsync(HttpClient ticketing, Guid customerId, string subject)
    {
        var response = await ticketing.PostAsJsonAsync("/api/v1/tickets", new
        {
            subject,
            description = "It was due on Monday.",
            requester = new { customerId },
            channel = "email",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TicketResponse>())!;
    }

    /// <summary>Moves the ticket to <c>solved</c>; Ticketing announces <c>TicketSolved</c> through its outbox.</summary>
    public static async Task SolveAsync(HttpClient ticketing, Guid ticketId)
    {
        var response = await ticketing.PostAsJsonAsync($"/api/v1/tickets/{ticketId}/status", new { status = "solved" });
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<TicketResponse> GetAsync(HttpClient ticketing, Guid ticketId) =>
        (await ticketing.GetFromJsonAsync<TicketResponse>($"/api/v1/tickets/{ticketId}"))!;
}
