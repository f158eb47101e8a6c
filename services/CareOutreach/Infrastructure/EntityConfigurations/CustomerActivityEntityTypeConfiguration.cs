using CxPlatform.Care.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Care.Infrastructure.EntityConfigurations;

internal sealed class CustomerActivityEntityTypeConfiguration : IEntityTypeConfiguration<CustomerActivity>
{
    public void Configure(EntityTypeBuilder<CustomerActivity> builder)
    {
        builder.ToTable("customer_activity");
        // One row per customer, upserted with GREATEST; the inactivity sweep walks a tenant's rows by customer id.
        builder.HasKey(a => new { a.TenantId, a.CustomerId });
        builder.Property(a => a.TenantId).HasMaxLength(63);
    }
}
