using CxPlatform.ServiceDefaults.Data;
using CxPlatform.Contracts;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Queues;
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
        builder.HasIndex(t => new { t.TenantId, t.AssigneeId, t.Status });
        builder.HasIndex(t => new { t.TenantId, t.GroupId, t.Status });
        builder.HasIndex(t => t.Tags).HasMethod("gin");
        builder.Property(t => t.Subject).HasMaxLength(TicketLimits.SubjectLength);
        builder.Property(t => t.Description).HasMaxLength(TicketLimits.DescriptionLength);
        builder.Property(t => t.Channel).HasMaxLength(32);
        builder.Property(t => t.Type).HasMaxLength(32);
        builder.Property(t => t.Priority).HasMaxLength(16);
        builder.Property(t => t.Status).HasMaxLength(16);
        builder.Property(t => t.AssigneeId).HasMaxLength(200);
        builder.Property(t => t.Tags);
        builder.Property(t => t.CustomFields).HasJsonbConversion();
        builder.Property(t => t.Version).IsRowVersion();
        // The search document (subject, description and conversation) is not mapped: see TicketSearchSchema.
        builder.Property<int>(TicketSearch.PriorityRankProperty).HasComputedColumnSql(TicketSearch.PriorityRankSql, stored: true);
        builder.HasIndex(nameof(Ticket.TenantId), TicketSearch.PriorityRankProperty, nameof(Ticket.Number));
        builder.HasIndex(t => new { t.TenantId, t.UpdatedAt, t.Number });
        // The auto-close sweep, across tenants; only the few solved tickets are in it.
        builder.HasIndex(t => t.SolvedAt, "ix_tickets_solved_at_while_solved").HasFilter($"\"Status\" = '{TicketStatuses.Solved}'");
        builder.OwnsOne(t => t.Requester, requester =>
        {
            requester.Property(r => r.CustomerId).HasColumnName("requester_customer_id");
            requester.Property(r => r.ContactPoint).HasColumnName("requester_contact_point").HasMaxLength(320);
            requester.Property(r => r.Name).HasColumnName("requester_name").HasMaxLength(200);
            requester.Property(r => r.ContactKind).HasColumnName("requester_contact_kind").HasMaxLength(32);
            requester.HasIndex(r => r.CustomerId);
        });
        builder.Navigation(t => t.Requester).IsRequired();
        builder.OwnsOne(t => t.Return, ticketReturn =>
        {
            ticketReturn.Property(r => r.OrderReference).HasColumnName("return_order_reference").HasMaxLength(100);
            ticketReturn.Property(r => r.Items).HasColumnName("return_items").HasJsonbConversion();
            ticketReturn.Property(r => r.State).HasColumnName("return_state").HasMaxLength(16);
            ticketReturn.Property(r => r.StateChangedAt).HasColumnName("return_state_changed_at");
        });
        builder.Property(t => t.CustomerResolutionPending).HasColumnName("customer_resolution_pending");
        builder.HasIndex(t => t.CreatedAt, "ix_tickets_customer_resolution_pending").HasFilter("customer_resolution_pending");
        builder.HasMany(t => t.Audit).WithOne().HasForeignKey(a => a.TicketId);
        builder.Navigation(t => t.Audit).HasField("_audit");
        builder.HasMany(t => t.Messages).WithOne().HasForeignKey(m => m.TicketId);
        builder.Navigation(t => t.Messages).HasField("_messages");
        builder.Ignore(t => t.IsUnsolved);
        builder.HasMany(t => t.SlaTargets).WithOne().HasForeignKey(s => s.TicketId);
        builder.Navigation(t => t.SlaTargets).HasField("_slaTargets").AutoInclude();
        builder.Ignore(t => t.PendingEvents);
        builder.Ignore(t => t.EventStreamKey);
    }
}
