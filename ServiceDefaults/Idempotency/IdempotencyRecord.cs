using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.ServiceDefaults.Idempotency;

/// <summary>
/// A key a tenant used on an endpoint, the request it came with and the response it got. Written in the same transaction
/// as the request's effect, so a committed key always has its effect and its response.
/// </summary>
public sealed class IdempotencyRecord : ITenantScoped
{
    public required string TenantId { get; init; }

    /// <summary>The method and route pattern, e.g. <c>POST api/v1/tickets/</c>: a key is scoped to one endpoint of one tenant.</summary>
    public required string Endpoint { get; init; }

    public required string Key { get; init; }
    public required string RequestPath { get; init; }
    public required string RequestBodySha256 { get; init; }

    /// <summary>Null only inside the transaction that claimed the key, before its response is known.</summary>
    public int? ResponseStatus { get; init; }

    public string? ResponseContentType { get; init; }
    public string? ResponseLocation { get; init; }
    public string? ResponseETag { get; init; }
    public byte[]? ResponseBody { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
}
