using CxPlatform.Care.Domain.Goals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Care.Infrastructure.EntityConfigurations;

internal sealed class CareGoalEntityTypeConfiguration : IEntityTypeConfiguration<CareGoal>
{
    public void Configure(EntityTypeBuilder<CareGoal> builder)
    {
        builder.ToTable("care_goals");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.TenantId).HasMaxLength(63);
        builder.Property(g => g.DefaultKey).HasMaxLength(64);
        builder.Property(g => g.Name).HasMaxLength(CareGoalLimits.NameLength);
        builder.Property(g => g.Description).HasMaxLength(CareGoalLimits.DescriptionLength);
        builder.Property(g => g.Team).HasMaxLength(63);
        builder.Property(g => g.Period).HasMaxLength(16);
        builder.Property(g => g.Version).IsRowVersion();
        builder.HasIndex(g => new { g.TenantId, g.DefaultKey }).IsUnique();
    }
}
