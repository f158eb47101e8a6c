using CxPlatform.ServiceDefaults.Tests.Sample;
using CxPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.ServiceDefaults.Tests;

public sealed class TenancyTests(PlatformContainers containers) : RunningSampleServiceTests(containers)
{
    [Fact]
    public async Task Queries_only_return_rows_of_the_current_tenant()
    {
        await Service.AddNotesAsync("hooli", 3);
        await Service.AddNotesAsync("piedpiper", 1);

        Assert.Equal(3, await Service.AsTenantAsync("hooli", db => db.Notes.CountAsync()));
        Assert.Equal(1, await Service.AsTenantAsync("piedpiper", db => db.Notes.CountAsync()));
    }

    [Fact]
    public async Task A_row_of_another_tenant_cannot_be_changed_even_when_loaded_around_the_filter()
    {
        await Service.AddNotesAsync("hooli", 1, "hooli's own");
        var hooliNote = await Service.AsTenantAsync("hooli", db => db.Notes.SingleAsync(n => n.Text.StartsWith("hooli's own")));

        var attempt = Service.AsTenantAsync("piedpiper", async db =>
        {
            db.Notes.Attach(hooliNote);
            db.Entry(hooliNote).Property(n => n.Text).CurrentValue = "rewritten by another tenant";
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => attempt);
        Assert.Equal(0, await Sql.CountAsync(Fixture.Database, "\"Notes\"", "\"Text\" = 'rewritten by another tenant'"));
    }

    [Fact]
    public async Task New_rows_take_the_tenant_of_the_operation()
    {
        var saved = await Service.AsTenantAsync("hooli", async db =>
        {
            db.NoteEffects.Add(new NoteEffect { NoteId = Guid.NewGuid() });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(1, saved);
        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "\"NoteEffects\"", "\"TenantId\" = 'hooli'"));
    }

    [Fact]
    public async Task Without_a_tenant_nothing_is_visible_and_nothing_can_be_written()
    {
        await Service.AddNotesAsync("hooli", 2);
        await using var scope = Service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SampleDbContext>();

        Assert.Equal(0, await db.Notes.CountAsync());
        db.NoteEffects.Add(new NoteEffect { NoteId = Guid.NewGuid() });
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
