using CxPlatform.ServiceDefaults.Data;
using CxPlatform.Surveys.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Surveys.Infrastructure.EntityConfigurations;

internal sealed class PlannedInvitationEntityTypeConfiguration : IEntityTypeConfiguration<PlannedInvitation>
{
    public void Configure(EntityTypeBuilder<PlannedInvitation> builder)
    {
        builder.ToTable("planned_invitations");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.TenantId).HasMaxLength(63);
        builder.Property(p => p.Status).HasMaxLength(16);
        builder.Property(p => p.SkipRule).HasMaxLength(40);
        builder.Property<List<ContactDecision>>("_decisions").HasColumnName("Decisions").HasJsonbConversion();
        builder.Ignore(p => p.Decisions);
        // A redelivered event past the inbox (e.g. republished with a new message id) still plans once.
        builder.HasIndex(p => new { p.TenantId, p.RuleId, p.TriggerEventId }).IsUnique();
        // The scheduler's work queue.
        builder.HasIndex(p => p.ScheduledFor, "ix_planned_invitations_due").HasFilter("\"Status\" = 'planned'");
        builder.HasIndex(p => new { p.TenantId, p.SurveyId, p.Status, p.CreatedAt });
        builder.HasOne<DistributionRule>().WithMany().HasForeignKey(p => p.RuleId);
    }
}
