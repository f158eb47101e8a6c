using System.Linq.Expressions;
using CxPlatform.ServiceDefaults.Idempotency;
using CxPlatform.ServiceDefaults.Messaging.Inbox;
using CxPlatform.ServiceDefaults.Messaging.Outbox;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.ServiceDefaults.Data;

/// <summary>
/// The base of every service's DbContext: tenant query filters on every <see cref="ITenantScoped"/> entity, tenant stamping on insert,
/// and the outbox, inbox and idempotency-key tables, so that a change commits together with its events, or with its key.
/// </summary>
public abstract class CxDbContext(DbContextOptions options, ITenantContext tenant, TimeProvider time) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Read by the query filters at query time (EF parameterises members of the context).</summary>
    public string? CurrentTenantId => tenant.TenantId;

    internal TimeProvider Time => time;

    /// <summary>Configure the service's own entities here; the tenant filters are applied afterwards.</summary>
    protected abstract void ConfigureDomain(ModelBuilder modelBuilder);

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());
        ConfigureDomain(modelBuilder);
        ApplyTenantFilters(modelBuilder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void PrepareForSave()
    {
        TenantGuard.StampAndCheck(ChangeTracker, tenant.TenantId);
        OutboxWriter.MoveRaisedEventsToOutbox(this);
    }

    private void ApplyTenantFilters(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (!typeof(ITenantScoped).IsAssignableFrom(entityType.ClrType) || entityType.IsOwned() || entityType.BaseType is not null)
            {
                continue;
            }
            var entity = Expression.Parameter(entityType.ClrType, "entity");
            var filter = Expression.Lambda(
                Expression.Equal(
                    Expression.Property(entity, nameof(ITenantScoped.TenantId)),
                    Expression.Property(Expression.Constant(this), nameof(CurrentTenantId))),
                entity);
            modelBuilder.Entity(entityType.ClrType).HasQueryFilter(filter);
        }
    }
}
