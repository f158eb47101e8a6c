using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CxPlatform.ServiceDefaults.Idempotency;

namespace CxPlatform.Bench.Ticketing.Creation;

/// <summary><c>POST /api/v1/tickets</c> with a body serialized beforehand, so the clock measures the service, not the client's JSON.</summary>
public sealed class ApiTicketCreator(IReadOnlyList<HttpClient> clients, bool idempotencyKeys)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");

    public static byte[] Body(SampleTicket ticket) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        ticket.Subject,
        ticket.Description,
        Requester = new { ticket.CustomerId, ticket.ContactPoint, ticket.Name },
        ticket.Channel,
        ticket.Type,
        ticket.Priority,
        ticket.Tags,
    }, Json);

    /// <returns>null when the ticket was created, else the status and the start of the answer.</returns>
    public async Task<string?> CreateAsync(int client, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/tickets") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = JsonContentType;
        if (idempotencyKeys)
        {
            request.Headers.Add(IdempotencyHeaders.Key, Guid.NewGuid().ToString());
        }
        using var response = await clients[client].SendAsync(request, cancellationToken);
        var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.Created
            ? null
            : $"{(int)response.StatusCode}: {Encoding.UTF8.GetString(answer.AsSpan(0, Math.Min(answer.Length, 300)))}";
    }
}
