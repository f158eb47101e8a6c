using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Globalization;
using CxPlatform.Surveys.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Surveys.Infrastructure.EntityConfigurations;

internal sealed class SurveyResponseEntityTypeConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("survey_responses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.TenantId).HasMaxLength(63);
        builder.Property(r => r.SurveyKind).HasMaxLength(16);
        builder.Property(r => r.Language).HasMaxLength(LanguageTags.MaxLength);
        builder.Property(r => r.Answers).HasJsonbConversion();
        builder.Property(r => r.Category).HasMaxLength(16);
        builder.Property(r => r.Comment).HasMaxLength(SurveyLimits.MaxFreeTextLength);
        builder.Property(r => r.FormulaVersion).HasMaxLength(16);
        builder.Property(r => r.Version).IsRowVersion();
        // One response per invitation, also under concurrent first answers.
        builder.HasIndex(r => r.InvitationId).IsUnique();
        builder.HasOne<Invitation>().WithOne().HasForeignKey<SurveyResponse>(r => r.InvitationId);
        builder.HasIndex(r => new { r.TenantId, r.SurveyId, r.InvitedAt });
        builder.Ignore(r => r.IsCompleted);
        builder.Ignore(r => r.PendingEvents);
        builder.Ignore(r => r.EventStreamKey);
    }
}
