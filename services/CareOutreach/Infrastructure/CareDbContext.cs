using CxPlatform.Care.Domain;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Infrastructure;

public sealed class CareDbContext(DbContextOptions<CareDbContext> options, ITenantContext tenant, TimeProvider time)
    : CxDbContext(options, tenant, time)
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<CustomerContactPoint> ContactPoints => Set<CustomerContactPoint>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CareDbContext).Assembly);
}
