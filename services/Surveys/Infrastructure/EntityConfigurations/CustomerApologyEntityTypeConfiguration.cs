using CxPlatform.Surveys.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Surveys.Infrastructure.EntityConfigurations;

internal sealed class CustomerApologyEntityTypeConfiguration : IEntityTypeConfiguration<CustomerApology>
{
    public void Configure(EntityTypeBuilder<CustomerApology> builder)
    {
        builder.ToTable("customer_apologies");
        builder.HasKey(a => new { a.TenantId, a.OutreachId });
        builder.Property(a => a.TenantId).HasMaxLength(63);
        builder.HasIndex(a => new { a.TenantId, a.CustomerId, a.ApologizedAt });
    }
}
