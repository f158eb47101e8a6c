using CxPlatform.Insights.Domain.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Insights.Infrastructure.EntityConfigurations;

internal sealed class MetricBucketEntityTypeConfiguration : IEntityTypeConfiguration<MetricBucket>
{
    public void Configure(EntityTypeBuilder<MetricBucket> builder)
    {
        builder.ToTable("metric_buckets");
        // The key leads with what every query fixes (tenant, version, metric) and then the hour range it scans.
        builder.HasKey(b => new
        {
            b.TenantId, b.Version, b.Metric, b.HourStart, b.Channel, b.Team, b.Agent, b.TicketType, b.Priority, b.SurveyKind, b.CareGoal, b.Bin,
        });
        builder.Property(b => b.TenantId).HasMaxLength(63);
        builder.Property(b => b.Metric).HasMaxLength(40);
    }
}
