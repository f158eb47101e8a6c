using CxPlatform.Insights.Domain.Metrics;
using CxPlatform.Insights.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Insights.Recording;

/// <summary>
/// Adds a new touchpoint's observations to the current definition's hour buckets, in the recorder's transaction: one upsert
/// per observation, in a fixed order so concurrent consumers cannot deadlock on each other's rows.
/// </summary>
internal static class MetricBuckets
{
    public static async Task AddAsync(InsightsDbContext db, string tenantId, string kind, string payload, CancellationToken cancellationToken)
    {
        var observations = MetricDefinition.Observe(kind, payload);
        if (observations.Count == 0)
        {
            return;
        }
        await MetricRebuildLock.ShareAsync(db, tenantId, cancellationToken);
        foreach (var o in observations)
        {
            var d = o.Dimensions;
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO metric_buckets AS b ("TenantId", "Version", "Metric", "HourStart", "Channel", "Team", "Agent", "TicketType", "Priority",
                    "SurveyKind", "CareGoal", "Bin", "Count", "Hits", "Misses", "Sum")
                VALUES ({tenantId}, {MetricDefinition.Version}, {o.Metric}, {o.HourStart}, {d.Channel}, {d.Team}, {d.Agent}, {d.TicketType}, {d.Priority},
                    {d.SurveyKind}, {d.CareGoal}, {o.Bin}, {o.Count}, {o.Hits}, {o.Misses}, {o.Sum})
                ON CONFLICT ("TenantId", "Version", "Metric", "HourStart", "Channel", "Team", "Agent", "TicketType", "Priority", "SurveyKind", "CareGoal", "Bin")
                DO UPDATE SET "Count" = b."Count" + EXCLUDED."Count", "Hits" = b."Hits" + EXCLUDED."Hits",
                    "Misses" = b."Misses" + EXCLUDED."Misses", "Sum" = b."Sum" + EXCLUDED."Sum"
                """, cancellationToken);
        }
    }
}
