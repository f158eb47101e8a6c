using CxPlatform.Insights.Domain;
using CxPlatform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Insights.Infrastructure.EntityConfigurations;

internal sealed class TouchpointEntityTypeConfiguration : IEntityTypeConfiguration<Touchpoint>
{
    public void Configure(EntityTypeBuilder<Touchpoint> builder)
    {
        // Range-partitioned by month on OccurredAt: the table, its partitions and indexes are raw SQL (TouchpointsSchema),
        // so the migration must not create a plain table of the same name.
        builder.ToTable(TouchpointsSchema.Table, table => table.ExcludeFromMigrations());
        builder.HasKey(t => t.Id);
        builder.Property(t => t.TenantId).HasMaxLength(63);
        builder.Property(t => t.Kind).HasMaxLength(TouchpointLimits.KindLength);
        builder.Property(t => t.Source).HasMaxLength(TouchpointLimits.SourceLength);
        builder.Property(t => t.DedupeKey).HasMaxLength(TouchpointLimits.DedupeKeyLength);
        builder.Property(t => t.ExternalId).HasMaxLength(TouchpointLimits.ExternalIdLength);
        builder.Property(t => t.Summary).HasMaxLength(TouchpointLimits.SummaryLength);
        builder.Property(t => t.Attributes).HasJsonbConversion();
        builder.Property(t => t.Payload).HasColumnType("jsonb");
        builder.Ignore(t => t.PendingEvents);
        builder.Ignore(t => t.EventStreamKey);
    }
}
