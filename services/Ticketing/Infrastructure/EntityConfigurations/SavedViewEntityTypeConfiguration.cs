using CxPlatform.ServiceDefaults.Data;
using CxPlatform.Ticketing.Queues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Ticketing.Infrastructure.EntityConfigurations;

internal sealed class SavedViewEntityTypeConfiguration : IEntityTypeConfiguration<SavedView>
{
    public void Configure(EntityTypeBuilder<SavedView> builder)
    {
        builder.ToTable("saved_views");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.TenantId).HasMaxLength(63);
        builder.Property(v => v.OwnerId).HasMaxLength(200);
        builder.Property(v => v.Name).HasMaxLength(100);
        builder.HasIndex(v => new { v.TenantId, v.OwnerId, v.Name }).IsUnique();
        builder.Property(v => v.Filter).HasJsonbConversion();
    }
}
