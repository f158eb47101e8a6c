using CxPlatform.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Insights.Infrastructure.EntityConfigurations;

internal sealed class CustomerStateEntityTypeConfiguration : IEntityTypeConfiguration<CustomerState>
{
    public void Configure(EntityTypeBuilder<CustomerState> builder)
    {
        builder.ToTable("customer_states");
        builder.HasKey(s => new { s.TenantId, s.CustomerId });
        builder.Property(s => s.TenantId).HasMaxLength(63);
        builder.Property(s => s.LastSentiment).HasMaxLength(20);
        builder.Property(s => s.HealthReasons).HasColumnType("text[]");
    }
}
