using CxPlatform.Ticketing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Ticketing.Infrastructure.EntityConfigurations;

internal sealed class MacroEntityTypeConfiguration : IEntityTypeConfiguration<Macro>
{
    public void Configure(EntityTypeBuilder<Macro> builder)
    {
        builder.ToTable("macros");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.TenantId).HasMaxLength(63);
        builder.Property(m => m.Name).HasMaxLength(100);
        builder.HasIndex(m => new { m.TenantId, m.Name }).IsUnique();
        builder.Property(m => m.Body).HasMaxLength(TicketLimits.MessageLength);
        builder.Property(m => m.SetStatus).HasMaxLength(16);
    }
}
