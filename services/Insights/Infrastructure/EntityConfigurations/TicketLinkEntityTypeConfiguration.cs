using CxPlatform.Insights.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Insights.Infrastructure.EntityConfigurations;

internal sealed class TicketLinkEntityTypeConfiguration : IEntityTypeConfiguration<TicketLink>
{
    public void Configure(EntityTypeBuilder<TicketLink> builder)
    {
        builder.ToTable("ticket_links");
        builder.HasKey(l => new { l.TenantId, l.TicketId });
        builder.Property(l => l.TenantId).HasMaxLength(63);
        builder.Property(l => l.Status).HasMaxLength(16);
        builder.HasIndex(l => new { l.TenantId, l.CustomerId });
    }
}
