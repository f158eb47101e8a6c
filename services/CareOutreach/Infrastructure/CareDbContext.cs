using CxPlatform.Care.Domain;
using CxPlatform.Care.Domain.Goals;
using CxPlatform.Care.Domain.Outreach;
using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Care.Domain.Settings;
using CxPlatform.Delivery.Extensions;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Infrastructure;

public sealed class CareDbContext(DbContextOptions<CareDbContext> options, ITenantContext tenant, TimeProvider time)
    : CxDbContext(options, tenant, time)
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<CustomerContactPoint> ContactPoints => Set<CustomerContactPoint>();
    public DbSet<CustomerPurchase> CustomerPurchases => Set<CustomerPurchase>();
    public DbSet<CustomerActivity> CustomerActivity => Set<CustomerActivity>();
    public DbSet<CareSettings> CareSettings => Set<CareSettings>();
    public DbSet<Playbook> Playbooks => Set<Playbook>();
    public DbSet<PlaybookInstallation> PlaybookInstallations => Set<PlaybookInstallation>();
    public DbSet<OutreachTask> OutreachTasks => Set<OutreachTask>();
    public DbSet<CareGoal> CareGoals => Set<CareGoal>();
    public DbSet<CareGoalInstallation> CareGoalInstallations => Set<CareGoalInstallation>();
    public DbSet<ContactDecisionRecord> ContactDecisions => Set<ContactDecisionRecord>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CareDbContext).Assembly);
        modelBuilder.AddDeliveryQueue();
    }
}
