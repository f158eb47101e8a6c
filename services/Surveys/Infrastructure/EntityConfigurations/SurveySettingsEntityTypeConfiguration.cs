using CxPlatform.Surveys.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Surveys.Infrastructure.EntityConfigurations;

internal sealed class SurveySettingsEntityTypeConfiguration : IEntityTypeConfiguration<SurveySettings>
{
    public void Configure(EntityTypeBuilder<SurveySettings> builder)
    {
        builder.ToTable("survey_settings");
        builder.HasKey(s => s.TenantId);
        builder.Property(s => s.TenantId).HasMaxLength(63);
        builder.Property(s => s.MessageWebhookUrl).HasMaxLength(SurveySettings.MaxWebhookUrlLength);
        builder.Property(s => s.MessageWebhookSecret).HasMaxLength(SurveySettings.MaxWebhookSecretLength);
        builder.Property(s => s.EmailReplyTo).HasMaxLength(SurveySettings.MaxEmailLength);
        builder.Property(s => s.Version).IsRowVersion();
        builder.Ignore(s => s.HasMessageWebhook);
    }
}
