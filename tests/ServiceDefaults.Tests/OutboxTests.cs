using CxPlatform.ServiceDefaults.Tests.Sample;
using CxPlatform.Testing;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.ServiceDefaults.Tests;

// A one-minute poll: anything faster than that proves the dispatcher was woken by NOTIFY.
public sealed class OutboxTests(PlatformContainers containers) : RunningSampleServiceTests(containers, new Dictionary<string, string?> { ["Outbox:PollInterval"] = "00:01:00" })
{
    [Fact]
    public async Task A_change_and_its_event_commit_together()
    {
        var noteId = Guid.NewGuid();
        await Service.AsTenantAsync("acme", async db =>
        {
            db.Notes.Add(Note.Add("acme", "together", TimeProvider.System.GetUtcNow(), noteId));
            return await db.SaveChangesAsync();
        });

        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "\"Notes\"", $"\"Id\" = '{noteId}'"));
        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "outbox_messages", $"payload->>'noteId' = '{noteId}'"));
    }

    [Fact]
    public async Task A_change_that_fails_to_commit_leaves_no_event_behind()
    {
        var noteId = Guid.NewGuid();
        await Service.AsTenantAsync("acme", async db =>
        {
            db.Notes.Add(Note.Add("acme", "first", TimeProvider.System.GetUtcNow(), noteId));
            return await db.SaveChangesAsync();
        });

        // Same primary key: the insert fails, and with it the second event's outbox row.
        await Assert.ThrowsAsync<DbUpdateException>(() => Service.AsTenantAsync("acme", async db =>
        {
            db.Notes.Add(Note.Add("acme", "duplicate", TimeProvider.System.GetUtcNow(), noteId));
            return await db.SaveChangesAsync();
        }));

        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "outbox_messages", $"payload->>'noteId' = '{noteId}'"));
        Assert.Equal(0, await Sql.CountAsync(Fixture.Database, "outbox_messages", "payload->>'text' = 'duplicate'"));
    }

    [Fact]
    public async Task The_dispatcher_publishes_on_commit_without_waiting_for_its_poll()
    {
        await using var probe = await BrokerProbe<NoteAdded>.StartAsync(Fixture.Messaging);

        await Service.AddNotesAsync("acme", 3, "wake-up");

        var received = await probe.WaitForAsync(m => m.Text.StartsWith("wake-up", StringComparison.Ordinal), 3, timeout: TimeSpan.FromSeconds(20));
        Assert.Equal(3, received.Count);
    }

    [Fact]
    public async Task Published_events_carry_the_outbox_id_as_message_id_and_are_marked_sent()
    {
        await using var probe = await BrokerProbe<NoteAdded>.StartAsync(Fixture.Messaging);

        await Service.AddNotesAsync("globex", 1, "identity");

        var message = Assert.Single(await probe.WaitForAsync(m => m.Text.StartsWith("identity", StringComparison.Ordinal), 1));
        Assert.Equal(message.Message.EventId, message.MessageId);
        var sent = await Eventually.ReturnsAsync(
            () => Sql.CountAsync(Fixture.Database, "outbox_messages", $"id = '{message.MessageId}' AND sent_at IS NOT NULL"), n => n == 1);
        Assert.Equal(1, sent);
    }

    [Fact]
    public async Task Events_of_one_aggregate_are_published_in_the_order_they_were_raised()
    {
        var noteId = Guid.NewGuid();
        await using var probe = await BrokerProbe<NoteRevised>.StartAsync(Fixture.Messaging);
        await Service.AsTenantAsync("acme", async db =>
        {
            db.Notes.Add(Note.Add("acme", "draft", TimeProvider.System.GetUtcNow(), noteId));
            return await db.SaveChangesAsync();
        });

        // Revisions in many transactions, some several to a transaction, while other aggregates publish alongside.
        for (var batch = 0; batch < 10; batch++)
        {
            await Service.AsTenantAsync("acme", async db =>
            {
                var note = await db.Notes.SingleAsync(n => n.Id == noteId);
                for (var i = 0; i < 3; i++)
                {
                    note.Revise($"revision {batch}.{i}", TimeProvider.System.GetUtcNow());
                }
                db.Notes.Add(Note.Add("acme", $"other {batch}", TimeProvider.System.GetUtcNow()));
                return await db.SaveChangesAsync();
            });
        }

        var revisions = await probe.WaitForAsync(m => m.NoteId == noteId, 30);
        Assert.Equal(Enumerable.Range(1, 30), revisions.Select(m => m.Message.Revision));
    }
}
