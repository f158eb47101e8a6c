using CxPlatform.ServiceDefaults.Data;
using CxPlatform.Care.Domain.Playbooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Care.Infrastructure.EntityConfigurations;

internal sealed class PlaybookEntityTypeConfiguration : IEntityTypeConfiguration<Playbook>
{
    public void Configure(EntityTypeBuilder<Playbook> builder)
    {
        builder.ToTable("playbooks");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TenantId).HasMaxLength(63);
        builder.Property(p => p.DefaultKey).HasMaxLength(64);
        builder.Property(p => p.Name).HasMaxLength(PlaybookLimits.NameLength);
        builder.Property(p => p.Description).HasMaxLength(PlaybookLimits.DescriptionLength);
        builder.Property(p => p.Trigger).HasMaxLength(32);
        builder.Property(p => p.DateKind).HasMaxLength(32);
        builder.Property(p => p.Action).HasMaxLength(32);
        builder.Property(p => p.Kind).HasMaxLength(32);
        builder.Property(p => p.Channel).HasMaxLength(32);
        builder.Property(p => p.Team).HasMaxLength(63);
        builder.Property(p => p.Priority).HasMaxLength(16);
        builder.Property(p => p.DueClock).HasMaxLength(32);
        builder.Property(p => p.Conditions).HasJsonbConversion();
        builder.Property(p => p.Templates).HasJsonbConversion();
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasIndex(p => new { p.TenantId, p.Trigger });
        builder.HasIndex(p => new { p.TenantId, p.DefaultKey }).IsUnique();
        builder.Ignore(p => p.IsAutomated);
        builder.Ignore(p => p.Due);
        builder.Ignore(p => p.IsTimeTriggered);
    }
}
