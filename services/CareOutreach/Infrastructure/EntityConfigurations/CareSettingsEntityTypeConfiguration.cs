using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Care.Infrastructure.EntityConfigurations;

internal sealed class CareSettingsEntityTypeConfiguration : IEntityTypeConfiguration<CareSettings>
{
    public void Configure(EntityTypeBuilder<CareSettings> builder)
    {
        builder.ToTable("care_settings");
        builder.HasKey(s => s.TenantId);
        builder.Property(s => s.TenantId).HasMaxLength(63);
        builder.Property(s => s.DefaultLanguage).HasMaxLength(CustomerLimits.LanguageLength);
        builder.Property(s => s.TimeZone).HasMaxLength(CustomerLimits.TimeZoneLength);
        builder.ComplexCollection(s => s.WorkingHours, hours => hours.ToJson());
        builder.Property(s => s.Holidays);
        builder.Property(s => s.Teams);
        builder.Property(s => s.MessageWebhookUrl).HasMaxLength(CareSettings.MaxWebhookUrlLength);
        builder.Property(s => s.MessageWebhookSecret).HasMaxLength(CareSettings.MaxWebhookSecretLength);
        builder.Ignore(s => s.ContactCaps);
        builder.Ignore(s => s.MessageWebhook);
        builder.Property(s => s.Version).IsRowVersion();
    }
}
