using Microsoft.AspNetCore.Http;

namespace CxPlatform.ServiceDefaults.Idempotency;

/// <summary>The parts of a response a replay gives back: status, content type, <c>Location</c>, <c>ETag</c> and body.</summary>
internal sealed record CapturedResponse(int Status, string? ContentType, string? Location, string? ETag, byte[] Body)
{
    /// <summary>
    /// Only outcomes below 400 are remembered. A 4xx or 5xx changed nothing (its transaction rolls back), so the client may
    /// correct the request and retry with the same key.
    /// </summary>
    public bool IsRemembered => Status < StatusCodes.Status400BadRequest;

    public static CapturedResponse From(HttpResponse response, byte[] body) => new(
        response.StatusCode, response.ContentType, NullIfEmpty(response.Headers.Location), NullIfEmpty(response.Headers.ETag), body);

    public static CapturedResponse From(IdempotencyRecord record) => new(
        record.ResponseStatus ?? throw new InvalidOperationException($"The idempotency key '{record.Key}' was committed without its response."),
        record.ResponseContentType, record.ResponseLocation, record.ResponseETag, record.ResponseBody ?? []);

    public async Task ReplayAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = Status;
        response.ContentType = ContentType;
        if (Location is not null)
        {
            response.Headers.Location = Location;
        }
        if (ETag is not null)
        {
            response.Headers.ETag = ETag;
        }
        response.Headers[IdempotencyHeaders.Replayed] = "true";
        await WriteBodyAsync(response, cancellationToken);
    }

    public async Task WriteBodyAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        if (Body.Length > 0)
        {
            await response.Body.WriteAsync(Body, cancellationToken);
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
