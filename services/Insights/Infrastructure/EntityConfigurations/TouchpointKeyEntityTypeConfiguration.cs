using CxPlatform.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Insights.Infrastructure.EntityConfigurations;

internal sealed class TouchpointKeyEntityTypeConfiguration : IEntityTypeConfiguration<TouchpointKey>
{
    public void Configure(EntityTypeBuilder<TouchpointKey> builder)
    {
        builder.ToTable("touchpoint_keys");
        builder.HasKey(k => new { k.TenantId, k.Source, k.DedupeKey });
        builder.Property(k => k.TenantId).HasMaxLength(63);
        builder.Property(k => k.Source).HasMaxLength(TouchpointLimits.SourceLength);
        builder.Property(k => k.DedupeKey).HasMaxLength(TouchpointLimits.DedupeKeyLength);
    }
}
