using CxPlatform.Insights.Domain;
using CxPlatform.Insights.Domain.Metrics;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Insights.Infrastructure;

public sealed class InsightsDbContext(DbContextOptions<InsightsDbContext> options, ITenantContext tenant, TimeProvider time)
    : CxDbContext(options, tenant, time)
{
    public DbSet<Touchpoint> Touchpoints => Set<Touchpoint>();
    public DbSet<TouchpointKey> TouchpointKeys => Set<TouchpointKey>();
    public DbSet<CustomerState> CustomerStates => Set<CustomerState>();
    public DbSet<TicketLink> TicketLinks => Set<TicketLink>();
    public DbSet<MetricBucket> MetricBuckets => Set<MetricBucket>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InsightsDbContext).Assembly);
}
