using CxPlatform.Surveys.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Surveys.Infrastructure.EntityConfigurations;

internal sealed class KnownCustomerEntityTypeConfiguration : IEntityTypeConfiguration<KnownCustomer>
{
    public void Configure(EntityTypeBuilder<KnownCustomer> builder)
    {
        builder.ToTable("known_customers");
        builder.HasKey(c => new { c.TenantId, c.CustomerId });
        builder.Property(c => c.TenantId).HasMaxLength(63);
        builder.HasIndex(c => new { c.TenantId, c.LastSeenAt });
    }
}
