using CxPlatform.Ticketing.Domain.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Ticketing.Infrastructure.EntityConfigurations;

internal sealed class SlaPolicyEntityTypeConfiguration : IEntityTypeConfiguration<SlaPolicy>
{
    public void Configure(EntityTypeBuilder<SlaPolicy> builder)
    {
        builder.ToTable("sla_policies");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.TenantId).HasMaxLength(63);
        builder.Property(p => p.Name).HasMaxLength(SlaLimits.NameLength);
        builder.ComplexCollection(p => p.Targets, targets => targets.ToJson());
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasIndex(p => new { p.TenantId, p.Position });
        builder.HasIndex(p => p.CalendarId);
    }
}
