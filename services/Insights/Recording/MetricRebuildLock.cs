using CxPlatform.Insights.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Insights.Recording;

/// <summary>
/// A transaction-scoped advisory lock per tenant: recorders share it, a rebuild takes it alone, so a touchpoint is either
/// committed before the rebuild reads the event store or added to the rebuilt buckets afterwards, never lost or counted twice.
/// </summary>
internal static class MetricRebuildLock
{
    public static Task ShareAsync(InsightsDbContext db, string tenantId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared(hashtextextended({Key(tenantId)}, 0))", cancellationToken);

    public static Task TakeAsync(InsightsDbContext db, string tenantId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({Key(tenantId)}, 0))", cancellationToken);

    private static string Key(string tenantId) => $"metric_buckets:{tenantId}";
}
