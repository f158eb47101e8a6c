using CxPlatform.Delivery.Extensions;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Delivery.Tests.Host;

/// <summary>A service's DbContext that opts in to delivery the way CareOutreach or Surveys would.</summary>
public sealed class InvitationsDbContext(DbContextOptions<InvitationsDbContext> options, ITenantContext tenant, TimeProvider time)
    : CxDbContext(options, tenant, time)
{
    public DbSet<Invitation> Invitations => Set<Invitation>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Invitation>().HasKey(invitation => invitation.Id);
        modelBuilder.AddDeliveryQueue();
    }
}
