using CxPlatform.Ticketing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxPlatform.Ticketing.Infrastructure.EntityConfigurations;

internal sealed class GroupEntityTypeConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> builder)
    {
        builder.ToTable("groups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.TenantId).HasMaxLength(63);
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.HasIndex(g => new { g.TenantId, g.Name }).IsUnique();
        builder.Property(g => g.AssignmentMode).HasMaxLength(16);
        builder.Property(g => g.LastAssignedAgentId).HasMaxLength(200);
        builder.OwnsMany(g => g.Members, member =>
        {
            member.ToTable("group_members");
            member.WithOwner().HasForeignKey("GroupId");
            member.HasKey("GroupId", nameof(GroupMember.AgentId));
            member.Property(m => m.AgentId).HasMaxLength(200);
        });
        builder.Navigation(g => g.Members).HasField("_members");
    }
}
