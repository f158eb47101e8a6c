using System.Net.Http.Json;
using CxPlatform.ServiceDefaults.Idempotency;
using CxPlatform.ServiceDefaults.Tests.Sample;

namespace CxPlatform.ServiceDefaults.Tests;

internal static class NoteRequests
{
    public static Task<HttpResponseMessage> AddAsync(HttpClient client, string? text, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, NotesApi.Route) { Content = JsonContent.Create(new AddNoteRequest(text)) };
        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyHeaders.Key, idempotencyKey);
        }
        return client.SendAsync(request);
    }

    public static bool WasReplayed(HttpResponseMessage response) =>
        response.Headers.TryGetValues(IdempotencyHeaders.Replayed, out var values) && values.SequenceEqual(["true"]);
}
