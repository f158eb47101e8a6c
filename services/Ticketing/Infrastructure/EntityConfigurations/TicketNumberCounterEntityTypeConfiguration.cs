using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Ticketing.Infrastructure.EntityConfigurations;

internal sealed class TicketNumberCounterEntityTypeConfiguration : IEntityTypeConfiguration<TicketNumberCounter>
{
    public void Configure(EntityTypeBuilder<TicketNumberCounter> builder)
    {
        builder.ToTable("ticket_number_counters");
        builder.HasKey(c => c.TenantId);
        builder.Property(c => c.TenantId).HasColumnName("tenant_id").HasMaxLength(63);
        builder.Property(c => c.LastNumber).HasColumnName("last_number");
    }
}
