using CxPlatform.Testing;

namespace CxPlatform.ServiceDefaults.Tests;

public sealed class HousekeepingTests(PlatformContainers containers) : RunningSampleServiceTests(containers, new Dictionary<string, string?>
{
    ["Outbox:Retention"] = "00:00:01",
    ["Outbox:InboxRetention"] = "00:00:01",
    ["Outbox:CleanupInterval"] = "00:00:01",
    ["Outbox:PollInterval"] = "00:00:00.500",
})
{
    [Fact]
    public async Task Sent_outbox_rows_and_old_inbox_entries_are_deleted_after_their_retention()
    {
        await Service.AddNotesAsync("acme", 3);
        var effects = await Eventually.ReturnsAsync(() => Sql.CountAsync(Fixture.Database, "\"NoteEffects\""), n => n == 3);
        Assert.Equal(3, effects);

        var outboxLeft = await Eventually.ReturnsAsync(() => Sql.CountAsync(Fixture.Database, "outbox_messages"), n => n == 0);
        var inboxLeft = await Eventually.ReturnsAsync(() => Sql.CountAsync(Fixture.Database, "inbox_messages"), n => n == 0);

        Assert.Equal((0, 0), (outboxLeft, inboxLeft));
        Assert.Equal(3, await Sql.CountAsync(Fixture.Database, "\"NoteEffects\""));
    }
}
