using CxPlatform.Care.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Care.Infrastructure.EntityConfigurations;

internal sealed class CustomerPurchaseEntityTypeConfiguration : IEntityTypeConfiguration<CustomerPurchase>
{
    public void Configure(EntityTypeBuilder<CustomerPurchase> builder)
    {
        builder.ToTable("customer_purchases");
        // One row per customer: of two concurrent "first" orders, the second insert fails and its retry sees the first.
        builder.HasKey(p => new { p.TenantId, p.CustomerId });
        builder.Property(p => p.TenantId).HasMaxLength(63);
    }
}
