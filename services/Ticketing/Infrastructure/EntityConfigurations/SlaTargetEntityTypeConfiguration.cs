using CxPlatform.Ticketing.Domain.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Ticketing.Infrastructure.EntityConfigurations;

internal sealed class SlaTargetEntityTypeConfiguration : IEntityTypeConfiguration<SlaTarget>
{
    /// <summary>The targets the scheduler still has to watch; its queries and the partial index below share this filter.</summary>
    public const string OpenFilter = "\"AchievedAt\" IS NULL AND \"BreachedAt\" IS NULL";

    public void Configure(EntityTypeBuilder<SlaTarget> builder)
    {
        builder.ToTable("ticket_sla_targets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.TenantId).HasMaxLength(63);
        builder.Property(t => t.Metric).HasMaxLength(32);
        builder.Property(t => t.Version).IsRowVersion();
        builder.HasIndex(t => t.TicketId);
        builder.HasIndex(t => t.DueAt).HasDatabaseName("ix_ticket_sla_targets_open_due_at").HasFilter(OpenFilter);
    }
}
