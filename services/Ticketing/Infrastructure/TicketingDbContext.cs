using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Queues;
using CxPlatform.Ticketing.Domain.Sla;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Infrastructure;

public sealed class TicketingDbContext(DbContextOptions<TicketingDbContext> options, ITenantContext tenant, TimeProvider time)
    : CxDbContext(options, tenant, time)
{
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<TicketAuditEntry> TicketAudit => Set<TicketAuditEntry>();
    public DbSet<TicketMessage> TicketMessages => Set<TicketMessage>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<Macro> Macros => Set<Macro>();
    public DbSet<CustomFieldDefinition> CustomFieldDefinitions => Set<CustomFieldDefinition>();
    public DbSet<TicketSettings> TicketSettings => Set<TicketSettings>();
    public DbSet<SavedView> SavedViews => Set<SavedView>();
    public DbSet<SlaPolicy> SlaPolicies => Set<SlaPolicy>();
    public DbSet<SlaCalendar> SlaCalendars => Set<SlaCalendar>();
    public DbSet<SlaTarget> SlaTargets => Set<SlaTarget>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TicketingDbContext).Assembly);
}
