using CxPlatform.Care.Domain.Playbooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Care.Infrastructure.EntityConfigurations;

internal sealed class PlaybookInstallationEntityTypeConfiguration : IEntityTypeConfiguration<PlaybookInstallation>
{
    public const string TableName = "playbook_installations";

    public void Configure(EntityTypeBuilder<PlaybookInstallation> builder)
    {
        builder.ToTable(TableName);
        builder.HasKey(i => i.TenantId);
        builder.Property(i => i.TenantId).HasMaxLength(63);
    }
}
