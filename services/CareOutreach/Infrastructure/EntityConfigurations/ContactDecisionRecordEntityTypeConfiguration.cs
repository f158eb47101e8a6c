using CxPlatform.Care.Domain.Outreach;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Care.Infrastructure.EntityConfigurations;

internal sealed class ContactDecisionRecordEntityTypeConfiguration : IEntityTypeConfiguration<ContactDecisionRecord>
{
    public void Configure(EntityTypeBuilder<ContactDecisionRecord> builder)
    {
        builder.ToTable("contact_decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.TenantId).HasMaxLength(63);
        builder.Property(d => d.Channel).HasMaxLength(32);
        builder.Property(d => d.Purpose).HasMaxLength(32);
        builder.Property(d => d.Rule).HasMaxLength(32);
        // A customer's decisions newest first; a task's decisions.
        builder.HasIndex(d => new { d.TenantId, d.CustomerId, d.DecidedAt });
        builder.HasIndex(d => new { d.TenantId, d.OutreachTaskId });
    }
}
