using CxPlatform.Ticketing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Ticketing.Infrastructure.EntityConfigurations;

internal sealed class TicketSettingsEntityTypeConfiguration : IEntityTypeConfiguration<TicketSettings>
{
    public void Configure(EntityTypeBuilder<TicketSettings> builder)
    {
        builder.ToTable("ticket_settings");
        builder.HasKey(s => s.TenantId);
        builder.Property(s => s.TenantId).HasMaxLength(63);
    }
}
