using CxPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.ServiceDefaults.Idempotency;

/// <summary>The key table, always used inside the request's transaction on the service's own DbContext.</summary>
internal static class IdempotencyStore
{
    /// <summary>
    /// Inserts the key, or takes over one past its expiry. While another transaction holds the same key uncommitted, this
    /// waits on the primary key until that transaction ends: then it claims the key (the other rolled back) or finds it taken.
    /// </summary>
    /// <returns>true when this request owns the key; false when an unexpired key exists (the row is then locked until this transaction ends).</returns>
    public static async Task<bool> TryClaimAsync(
        CxDbContext db, string tenant, string endpoint, string key, RequestFingerprint fingerprint, DateTimeOffset now, DateTimeOffset expiresAt,
        CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO idempotency_keys (tenant_id, endpoint, key, request_path, request_body_sha256, created_at, expires_at)
            VALUES ({tenant}, {endpoint}, {key}, {fingerprint.Path}, {fingerprint.BodySha256}, {now}, {expiresAt})
            ON CONFLICT (tenant_id, endpoint, key) DO UPDATE SET
                request_path = excluded.request_path, request_body_sha256 = excluded.request_body_sha256,
                created_at = excluded.created_at, expires_at = excluded.expires_at,
                response_status = NULL, response_content_type = NULL, response_location = NULL, response_etag = NULL, response_body = NULL
            WHERE idempotency_keys.expires_at <= excluded.created_at
            """,
            cancellationToken) == 1;

    public static Task<IdempotencyRecord> FindAsync(CxDbContext db, string endpoint, string key, CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>().AsNoTracking().SingleAsync(r => r.Endpoint == endpoint && r.Key == key, cancellationToken);

    public static Task SaveResponseAsync(CxDbContext db, string endpoint, string key, CapturedResponse response, CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>()
            .Where(r => r.Endpoint == endpoint && r.Key == key)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.ResponseStatus, response.Status)
                    .SetProperty(r => r.ResponseContentType, response.ContentType)
                    .SetProperty(r => r.ResponseLocation, response.Location)
                    .SetProperty(r => r.ResponseETag, response.ETag)
                    .SetProperty(r => r.ResponseBody, response.Body),
                cancellationToken);
}
