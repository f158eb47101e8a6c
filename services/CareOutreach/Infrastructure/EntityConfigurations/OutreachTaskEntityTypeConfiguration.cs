using CxPlatform.Care.Domain.Outreach;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Care.Infrastructure.EntityConfigurations;

internal sealed class OutreachTaskEntityTypeConfiguration : IEntityTypeConfiguration<OutreachTask>
{
    public void Configure(EntityTypeBuilder<OutreachTask> builder)
    {
        builder.ToTable("outreach_tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.TenantId).HasMaxLength(63);
        builder.Property(t => t.Kind).HasMaxLength(32);
        builder.Property(t => t.Channel).HasMaxLength(32);
        builder.Property(t => t.Team).HasMaxLength(63);
        builder.Property(t => t.AssigneeId).HasMaxLength(OutreachLimits.AgentIdLength);
        builder.Property(t => t.Priority).HasMaxLength(16);
        builder.Property(t => t.Language).HasMaxLength(35);
        builder.Property(t => t.Status).HasMaxLength(16);
        builder.Property(t => t.Outcome).HasMaxLength(32);
        builder.Property(t => t.Sentiment).HasMaxLength(16);
        builder.Property(t => t.Notes).HasMaxLength(OutreachLimits.NotesLength);
        builder.Property(t => t.Reason).HasMaxLength(OutreachLimits.ReasonLength);
        builder.Property(t => t.CompletedBy).HasMaxLength(OutreachLimits.AgentIdLength);
        builder.Property(t => t.ObligationStatus).HasMaxLength(16);
        builder.Property(t => t.Version).IsRowVersion();
        // The queue: open tasks of a tenant by due time; the scheduler: scheduled tasks by the instant they become due.
        builder.HasIndex(t => new { t.TenantId, t.Status, t.DueAt, t.Id });
        builder.HasIndex(t => new { t.Status, t.ScheduledFor });
        builder.HasIndex(t => new { t.TenantId, t.CustomerId });
        // A playbook fires once per event, even if the inbox were bypassed.
        builder.HasIndex(t => new { t.TenantId, t.PlaybookId, t.TriggerEventId }).IsUnique();
        // Care goals: attainment counts a goal's obligations by due time; the goal scheduler finds open obligations by due time.
        builder.HasIndex(t => new { t.TenantId, t.CareGoalId, t.DueAt }).HasFilter("\"CareGoalId\" IS NOT NULL");
        builder.HasIndex(t => t.DueAt).HasDatabaseName("ix_outreach_tasks_open_obligations_due_at").HasFilter("\"ObligationStatus\" = 'open'");
        builder.Ignore(t => t.IsFinal);
        builder.Ignore(t => t.PendingEvents);
        builder.Ignore(t => t.EventStreamKey);
    }
}
