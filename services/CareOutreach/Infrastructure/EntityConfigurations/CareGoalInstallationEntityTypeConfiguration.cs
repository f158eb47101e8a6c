using CxPlatform.Care.Domain.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Care.Infrastructure.EntityConfigurations;

internal sealed class CareGoalInstallationEntityTypeConfiguration : IEntityTypeConfiguration<CareGoalInstallation>
{
    public void Configure(EntityTypeBuilder<CareGoalInstallation> builder)
    {
        builder.ToTable("care_goal_installations");
        builder.HasKey(i => i.TenantId);
        builder.Property(i => i.TenantId).HasMaxLength(63);
    }
}
