using CxPlatform.ServiceDefaults.Globalization;
using CxPlatform.Surveys.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Surveys.Infrastructure.EntityConfigurations;

internal sealed class InvitationEntityTypeConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.ToTable("survey_invitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.TenantId).HasMaxLength(63);
        builder.Property(i => i.SurveyKind).HasMaxLength(16);
        builder.Property(i => i.Language).HasMaxLength(LanguageTags.MaxLength);
        builder.Property(i => i.Status).HasMaxLength(24);
        builder.Property(i => i.Version).IsRowVersion();
        builder.HasIndex(i => new { i.TenantId, i.SurveyId, i.CreatedAt });
        builder.Property(i => i.Channel).HasMaxLength(24);
        builder.Property(i => i.NotSentRule).HasMaxLength(40);
        builder.Property(i => i.ReminderSkipRule).HasMaxLength(40);
        // The scheduler's send queue: invitations by API call waiting for the contact policy.
        builder.HasIndex(i => i.SendDueAt, "ix_survey_invitations_send_due").HasFilter("\"SendDueAt\" IS NOT NULL");
        builder.HasIndex(i => new { i.TenantId, i.CustomerId, i.CreatedAt });
        // The scheduler's reminder and expiry sweeps.
        builder.HasIndex(i => i.ReminderDueAt, "ix_survey_invitations_reminder_due").HasFilter("\"ReminderDueAt\" IS NOT NULL");
        builder.HasIndex(i => i.ExpiresAt, "ix_survey_invitations_open").HasFilter("\"Status\" IN ('created', 'sent', 'opened')");
        builder.HasOne<SurveyVersion>().WithMany().HasForeignKey(i => new { i.SurveyId, i.SurveyVersion });
        builder.Ignore(i => i.IsAnswered);
        builder.Ignore(i => i.PendingEvents);
        builder.Ignore(i => i.EventStreamKey);
    }
}
