using CxPlatform.Care.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Care.Infrastructure.EntityConfigurations;

internal sealed class CustomerContactPointEntityTypeConfiguration : IEntityTypeConfiguration<CustomerContactPoint>
{
    /// <summary>The index that makes a contact point belong to one customer per tenant, even under concurrent resolves.</summary>
    public const string UniqueIndexName = "ux_customer_contact_points_tenant_kind_value";

    public void Configure(EntityTypeBuilder<CustomerContactPoint> builder)
    {
        builder.ToTable("customer_contact_points");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TenantId).HasMaxLength(63);
        builder.Property(p => p.Kind).HasMaxLength(32);
        builder.Property(p => p.Value).HasMaxLength(CustomerLimits.ContactPointLength);
        builder.HasIndex(p => new { p.TenantId, p.Kind, p.Value }, UniqueIndexName).IsUnique();
        builder.HasIndex(p => p.CustomerId);
        builder.Ignore(p => p.IsVerified);
    }
}
