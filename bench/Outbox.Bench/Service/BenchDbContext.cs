using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Bench.Outbox.Service;

public sealed class BenchDbContext(DbContextOptions<BenchDbContext> options, ITenantContext tenant, TimeProvider time)
    : CxDbContext(options, tenant, time)
{
    public DbSet<Pulse> Pulses => Set<Pulse>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Pulse>(pulse =>
        {
            pulse.ToTable("pulses");
            pulse.HasKey(p => p.Id);
            pulse.Property(p => p.TenantId).HasMaxLength(63);
            pulse.Property(p => p.Run).HasMaxLength(20);
            pulse.Ignore(p => p.PendingEvents);
            pulse.Ignore(p => p.EventStreamKey);
        });
}
