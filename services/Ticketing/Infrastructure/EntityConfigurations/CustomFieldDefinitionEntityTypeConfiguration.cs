using CxPlatform.Ticketing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Ticketing.Infrastructure.EntityConfigurations;

internal sealed class CustomFieldDefinitionEntityTypeConfiguration : IEntityTypeConfiguration<CustomFieldDefinition>
{
    public void Configure(EntityTypeBuilder<CustomFieldDefinition> builder)
    {
        builder.ToTable("custom_field_definitions");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.TenantId).HasMaxLength(63);
        builder.Property(f => f.Key).HasMaxLength(64);
        builder.HasIndex(f => new { f.TenantId, f.Key }).IsUnique();
        builder.Property(f => f.Label).HasMaxLength(100);
        builder.Property(f => f.Type).HasMaxLength(16);
    }
}
