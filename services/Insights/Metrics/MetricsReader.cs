using CxPlatform.Insights.Domain.Metrics;
using CxPlatform.Insights.Infrastructure;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CxPlatform.Insights.Metrics;

/// <summary>
/// Answers a <see cref="MetricsQuery"/> from the hour buckets alone (never the event store): PostgreSQL sums the hours over
/// the dimensions not grouped by, and the hours are merged here into the query's periods.
/// </summary>
public sealed class MetricsReader(InsightsDbContext db, ITenantContext tenant)
{
    public async Task<MetricsResult> ReadAsync(MetricsQuery query, CancellationToken cancellationToken)
    {
        var rows = await LoadAsync(query, cancellationToken);
        var series = new List<MetricSeriesResult>();
        foreach (var spec in query.Metrics)
        {
            var groups = rows.Where(r => r.Metric == spec.StoredAs)
                .GroupBy(r => string.Join('\u001f', query.GroupBy.Select(r.Dimensions.Of)), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            if (groups.Count == 0 && query.GroupBy.Count == 0)
            {
                series.Add(Series(spec, query, []));
                continue;
            }
            series.AddRange(groups.Select(g => Series(spec, query, [.. g])));
        }
        return new MetricsResult(series);
    }

    private static MetricSeriesResult Series(MetricSpec spec, MetricsQuery query, IReadOnlyList<BucketTotalsRow> rows)
    {
        var byPeriod = new Dictionary<DateTimeOffset, MetricTotals>();
        foreach (var row in rows)
        {
            var start = MetricPeriods.Start(row.HourStart, query.Grain);
            byPeriod[start] = byPeriod.GetValueOrDefault(start, new MetricTotals()).Add(row.Bin, row.Count, row.Hits, row.Misses, row.Sum);
        }
        var points = query.PeriodStarts.Select(start => Point(spec, start, byPeriod.GetValueOrDefault(start) ?? new MetricTotals())).ToList();
        var dimensions = rows.Count == 0
            ? new Dictionary<string, string>()
            : query.GroupBy.ToDictionary(d => d, rows[0].Dimensions.Of);
        return new MetricSeriesResult(spec.Name, dimensions, spec.Unit, points);
    }

    private static MetricPointResult Point(MetricSpec spec, DateTimeOffset start, MetricTotals totals) => new(start, spec.Value(totals), totals.Count);

    private async Task<List<BucketTotalsRow>> LoadAsync(MetricsQuery query, CancellationToken cancellationToken)
    {
        var grouped = query.GroupBy.Select(d => MetricColumns.ByDimension[d]).ToHashSet();
        var selected = string.Join(", ", MetricColumns.ByDimension.Values.Select(c => grouped.Contains(c) ? $"\"{c}\"" : $"'' AS \"{c}\""));
        var groupedBy = string.Concat(grouped.Select(c => $", \"{c}\""));
        var parameters = new List<NpgsqlParameter>
        {
            new("tenant", tenant.RequiredTenantId),
            new("version", (object)MetricDefinition.Version),
            new("metrics", query.Metrics.Select(m => m.StoredAs).Distinct().ToArray()),
            new("from", query.PeriodStarts[0]),
            new("to", query.To.ToUniversalTime()),
        };
        var filters = "";
        foreach (var (dimension, values) in query.Filters)
        {
            var name = $"f{parameters.Count}";
            parameters.Add(new NpgsqlParameter(name, values.ToArray()));
            filters += $" AND \"{MetricColumns.ByDimension[dimension]}\" = ANY(@{name})";
        }
        var sql = $"""
            SELECT "Metric", "HourStart", {selected}, "Bin",
                SUM("Count")::bigint AS "Count", SUM("Hits")::bigint AS "Hits", SUM("Misses")::bigint AS "Misses", SUM("Sum")::bigint AS "Sum"
            FROM metric_buckets
            WHERE "TenantId" = @tenant AND "Version" = @version AND "Metric" = ANY(@metrics) AND "HourStart" >= @from AND "HourStart" < @to{filters}
            GROUP BY "Metric", "HourStart"{groupedBy}, "Bin"
            """;
        return await db.Database.SqlQueryRaw<BucketTotalsRow>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }
}
