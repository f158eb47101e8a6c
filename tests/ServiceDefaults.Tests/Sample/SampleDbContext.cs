using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.ServiceDefaults.Tests.Sample;

public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options, ITenantContext tenant, TimeProvider time)
    : CxDbContext(options, tenant, time)
{
    public DbSet<Note> Notes => Set<Note>();
    public DbSet<NoteEffect> NoteEffects => Set<NoteEffect>();

    protected override void ConfigureDomain(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Note>(note =>
        {
            note.HasKey(n => n.Id);
            note.Ignore(n => n.PendingEvents);
            note.Ignore(n => n.EventStreamKey);
        });
        modelBuilder.Entity<NoteEffect>().HasKey(e => e.Id);
    }
}
