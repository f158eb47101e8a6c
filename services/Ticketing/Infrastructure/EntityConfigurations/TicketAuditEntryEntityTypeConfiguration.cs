using CxPlatform.Ticketing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Ticketing.Infrastructure.EntityConfigurations;

internal sealed class TicketAuditEntryEntityTypeConfiguration : IEntityTypeConfiguration<TicketAuditEntry>
{
    public void Configure(EntityTypeBuilder<TicketAuditEntry> builder)
    {
        builder.ToTable("ticket_audit");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.TenantId).HasMaxLength(63);
        builder.Property(a => a.Actor).HasMaxLength(200);
        builder.Property(a => a.Field).HasMaxLength(64);
        builder.HasIndex(a => new { a.TenantId, a.TicketId });
    }
}
