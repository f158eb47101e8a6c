using CxPlatform.ServiceDefaults.Data;
using CxPlatform.Surveys.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Surveys.Infrastructure.EntityConfigurations;

internal sealed class SurveyVersionEntityTypeConfiguration : IEntityTypeConfiguration<SurveyVersion>
{
    public void Configure(EntityTypeBuilder<SurveyVersion> builder)
    {
        builder.ToTable("survey_versions");
        builder.HasKey(v => new { v.SurveyId, v.Number });
        builder.Property(v => v.TenantId).HasMaxLength(63);
        builder.Property(v => v.Definition).HasJsonbConversion();
        builder.HasOne<Survey>().WithMany().HasForeignKey(v => v.SurveyId);
    }
}
