using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace CxPlatform.ServiceDefaults.Idempotency;

/// <summary>What makes a retry "the same request": its path and query, and the SHA-256 of its body byte for byte.</summary>
internal sealed record RequestFingerprint(string Path, string BodySha256)
{
    /// <summary>Hashes the body and rewinds it, so the endpoint still binds it.</summary>
    public static async Task<RequestFingerprint> ComputeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, cancellationToken);
        request.Body.Position = 0;
        return new RequestFingerprint($"{request.PathBase}{request.Path}{request.QueryString}", Convert.ToHexStringLower(hash));
    }

    public bool Matches(IdempotencyRecord record) => record.RequestPath == Path && record.RequestBodySha256 == BodySha256;
}
