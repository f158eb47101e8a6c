using CxPlatform.Insights.Domain.Metrics;
using CxPlatform.Insights.Infrastructure;
using CxPlatform.Insights.Recording;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Insights.Metrics;

/// <summary>
/// Recomputes the caller's tenant's buckets of the current definition version from the event store (compare and swap, in
/// one transaction): the new buckets are written under the staging version 0, compared with the live ones, and replace them.
/// Recorders wait meanwhile (<see cref="MetricRebuildLock"/>), so no event is lost or counted twice.
/// </summary>
public sealed class MetricRebuilder(InsightsDbContext db, ITenantContext tenant, ILogger<MetricRebuilder> logger)
{
    private const int Staging = 0;
    private static readonly string[] PlatformSources = [ResourceNames.Ticketing, ResourceNames.CareOutreach, ResourceNames.Surveys];

    public async Task<MetricRebuildReport> RebuildAsync(CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await MetricRebuildLock.TakeAsync(db, tenantId, cancellationToken);

        var buckets = new Dictionary<(string, DateTimeOffset, MetricDimensionValues, int), MetricBucket>();
        var touchpoints = 0L;
        var events = db.Touchpoints.AsNoTracking()
            .Where(t => MetricDefinition.Kinds.Contains(t.Kind) && PlatformSources.Contains(t.Source))
            .Select(t => new { t.Kind, t.Payload })
            .AsAsyncEnumerable();
        await foreach (var stored in events.WithCancellation(cancellationToken))
        {
            touchpoints++;
            foreach (var o in MetricDefinition.Observe(stored.Kind, stored.Payload))
            {
                var key = (o.Metric, o.HourStart, o.Dimensions, o.Bin);
                if (!buckets.TryGetValue(key, out var bucket))
                {
                    buckets[key] = bucket = NewBucket(tenantId, o);
                }
                bucket.Count += o.Count;
                bucket.Hits += o.Hits;
                bucket.Misses += o.Misses;
                bucket.Sum += o.Sum;
            }
        }

        await db.Database.ExecuteSqlAsync($"""DELETE FROM metric_buckets WHERE "TenantId" = {tenantId} AND "Version" = {Staging}""", cancellationToken);
        db.MetricBuckets.AddRange(buckets.Values);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var changed = await CountDifferencesAsync(tenantId, cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""DELETE FROM metric_buckets WHERE "TenantId" = {tenantId} AND "Version" = {MetricDefinition.Version}""", cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""UPDATE metric_buckets SET "Version" = {MetricDefinition.Version} WHERE "TenantId" = {tenantId} AND "Version" = {Staging}""", cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Rebuilt {Buckets} metric buckets of definition {Version} from {Touchpoints} touchpoints; {Changed} differed",
            buckets.Count, MetricDefinition.Version, touchpoints, changed);
        return new MetricRebuildReport(MetricDefinition.Version, touchpoints, buckets.Count, changed);
    }

    private async Task<long> CountDifferencesAsync(string tenantId, CancellationToken cancellationToken)
    {
        const string columns = """
            "Metric", "HourStart", "Channel", "Team", "Agent", "TicketType", "Priority", "SurveyKind", "CareGoal", "Bin", "Count", "Hits", "Misses", "Sum"
            """;
        var live = MetricDefinition.Version;
        return await db.Database.SqlQueryRaw<long>($"""
            SELECT count(*) AS "Value" FROM (
                (SELECT {columns} FROM metric_buckets WHERE "TenantId" = @tenant AND "Version" = @staging
                 EXCEPT ALL SELECT {columns} FROM metric_buckets WHERE "TenantId" = @tenant AND "Version" = @live)
                UNION ALL
                (SELECT {columns} FROM metric_buckets WHERE "TenantId" = @tenant AND "Version" = @live
                 EXCEPT ALL SELECT {columns} FROM metric_buckets WHERE "TenantId" = @tenant AND "Version" = @staging)) AS differences
            """,
            new Npgsql.NpgsqlParameter("tenant", tenantId), new Npgsql.NpgsqlParameter("staging", (object)Staging), new Npgsql.NpgsqlParameter("live", (object)live))
            .SingleAsync(cancellationToken);
    }

    private static MetricBucket NewBucket(string tenantId, MetricObservation o) => new()
    {
        TenantId = tenantId,
        Version = Staging,
        Metric = o.Metric,
        HourStart = o.HourStart,
        Channel = o.Dimensions.Channel,
        Team = o.Dimensions.Team,
        Agent = o.Dimensions.Agent,
        TicketType = o.Dimensions.TicketType,
        Priority = o.Dimensions.Priority,
        SurveyKind = o.Dimensions.SurveyKind,
        CareGoal = o.Dimensions.CareGoal,
        Bin = o.Bin,
    };
}
