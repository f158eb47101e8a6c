using CxPlatform.Ticketing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Ticketing.Infrastructure.EntityConfigurations;

internal sealed class TicketMessageEntityTypeConfiguration : IEntityTypeConfiguration<TicketMessage>
{
    public void Configure(EntityTypeBuilder<TicketMessage> builder)
    {
        builder.ToTable("ticket_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.TenantId).HasMaxLength(63);
        builder.Property(m => m.AuthorKind).HasMaxLength(16);
        builder.Property(m => m.AuthorId).HasMaxLength(200);
        builder.Property(m => m.Body).HasMaxLength(TicketLimits.MessageLength);
        builder.HasIndex(m => new { m.TenantId, m.TicketId, m.CreatedAt });
    }
}
