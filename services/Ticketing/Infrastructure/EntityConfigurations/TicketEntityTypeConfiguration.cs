using CxPlatform.Ticketing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Ticketing.Infrastructure.EntityConfigurations;

internal sealed class TicketEntityTypeConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> builder)
    {
        builder.ToTable("tickets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.TenantId).HasMaxLength(63);
        builder.HasIndex(t => new { t.TenantId, t.Number }).IsUnique();
        builder.HasIndex(t => new { t.TenantId, t.Status, t.Number });
        builder.Property(t => t.Subject).HasMaxLength(TicketLimits.SubjectLength);
        builder.Property(t => t.Description).HasMaxLength(TicketLimits.DescriptionLength);
        builder.Property(t => t.Channel).HasMaxLength(32);
        builder.Property(t => t.Type).HasMaxLength(32);
        builder.Property(t => t.Priority).HasMaxLength(16);
        builder.Property(t => t.Status).HasMaxLength(16);
        builder.Property(t => t.Version).IsRowVersion();
        builder.OwnsOne(t => t.Requester, requester =>
        {
            requester.Property(r => r.CustomerId).HasColumnName("requester_customer_id");
            requester.Property(r => r.ContactPoint).HasColumnName("requester_contact_point").HasMaxLength(320);
            requester.Property(r => r.Name).HasColumnName("requester_name").HasMaxLength(200);
        });
        builder.Navigation(t => t.Requester).IsRequired();
        builder.HasMany(t => t.Audit).WithOne().HasForeignKey(a => a.TicketId);
        builder.Navigation(t => t.Audit).HasField("_audit");
        builder.HasMany(t => t.SlaTargets).WithOne().HasForeignKey(s => s.TicketId);
        builder.Navigation(t => t.SlaTargets).HasField("_slaTargets").AutoInclude();
        builder.Ignore(t => t.PendingEvents);
        builder.Ignore(t => t.EventStreamKey);
    }
}
