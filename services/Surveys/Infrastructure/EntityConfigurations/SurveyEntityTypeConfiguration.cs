using CxPlatform.ServiceDefaults.Data;
using CxPlatform.Surveys.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Surveys.Infrastructure.EntityConfigurations;

internal sealed class SurveyEntityTypeConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.ToTable("surveys");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.TenantId).HasMaxLength(63);
        builder.HasIndex(s => new { s.TenantId, s.Id });
        builder.Property(s => s.Name).HasMaxLength(SurveyLimits.NameLength);
        builder.Property(s => s.Kind).HasMaxLength(16);
        builder.Property(s => s.Draft).HasJsonbConversion();
        builder.Property(s => s.Version).IsRowVersion();
        builder.Ignore(s => s.DraftVersion);
    }
}
