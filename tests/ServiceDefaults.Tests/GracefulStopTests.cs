using CxPlatform.ServiceDefaults.Messaging.Outbox;
using CxPlatform.ServiceDefaults.Tests.Sample;
using CxPlatform.Testing;

namespace CxPlatform.ServiceDefaults.Tests;

/// <summary>What SIGTERM (the host stopping) does with committed work.</summary>
public sealed class GracefulStopTests(PlatformContainers containers) : IAsyncLifetime
{
    private readonly SampleServiceFixture _fixture = new(containers);

    public async ValueTask InitializeAsync()
    {
        await _fixture.InitializeAsync();
        // No NOTIFY and an hour-long poll: committed rows wait in the outbox until something else makes the dispatcher look.
        await Sql.ScalarAsync<int>(_fixture.Database, $"DROP TRIGGER cxp_outbox_notify ON {OutboxSql.Table}; SELECT 0");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Stopping_publishes_the_committed_outbox_rows_before_the_bus_stops()
    {
        await using var probe = await BrokerProbe<NoteAdded>.StartAsync(_fixture.Messaging);
        var service = await _fixture.StartServiceAsync(new Dictionary<string, string?> { ["Outbox:PollInterval"] = "01:00:00" });
        try
        {
            await service.AddNotesAsync("acme", 5, "last-words");
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Equal(5, await Sql.CountAsync(_fixture.Database, OutboxSql.Table, "sent_at IS NULL"));
        }
        finally
        {
            await service.DisposeAsync();
        }

        Assert.Equal(0, await Sql.CountAsync(_fixture.Database, OutboxSql.Table, "sent_at IS NULL"));
        var received = await probe.WaitForAsync(m => m.Text.StartsWith("last-words", StringComparison.Ordinal), 5, timeout: TimeSpan.FromSeconds(30));
        Assert.Equal(5, received.Count);
    }
}
