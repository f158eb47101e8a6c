using CxPlatform.ServiceDefaults.Data;
using CxPlatform.Surveys.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Surveys.Infrastructure.EntityConfigurations;

internal sealed class DistributionRuleEntityTypeConfiguration : IEntityTypeConfiguration<DistributionRule>
{
    public void Configure(EntityTypeBuilder<DistributionRule> builder)
    {
        builder.ToTable("distribution_rules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.TenantId).HasMaxLength(63);
        builder.Property(r => r.Trigger).HasMaxLength(32);
        builder.Property(r => r.Conditions).HasJsonbConversion();
        builder.Property(r => r.Schedule).HasJsonbConversion();
        // The scheduler's due schedule rules.
        builder.HasIndex(r => r.NextRunAt, "ix_distribution_rules_next_run").HasFilter("\"NextRunAt\" IS NOT NULL");
        builder.HasIndex(r => new { r.TenantId, r.Trigger, r.Enabled });
        builder.HasIndex(r => new { r.TenantId, r.SurveyId });
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId);
    }
}
