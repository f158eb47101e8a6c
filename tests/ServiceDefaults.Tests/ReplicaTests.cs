using CxPlatform.ServiceDefaults.Tests.Sample;
using CxPlatform.Testing;

namespace CxPlatform.ServiceDefaults.Tests;

public sealed class ReplicaTests(PlatformContainers containers) : IAsyncLifetime
{
    private const string Tap = "replica-tap";
    private readonly SampleServiceFixture _fixture = new(containers);

    public ValueTask InitializeAsync() => _fixture.InitializeAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Two_replicas_publish_every_event_exactly_once_and_share_the_consuming()
    {
        await using var first = await _fixture.StartServiceAsync();
        await using var second = await _fixture.StartServiceAsync();
        await RabbitQueues.DeclareTapAsync(_fixture.Messaging, Tap, BrokerProbe<NoteAdded>.ExchangeName);

        await Task.WhenAll(first.AddNotesAsync("acme", 60, "first"), second.AddNotesAsync("acme", 60, "second"));

        // Two whole service hosts share two cores with the broker and the database: allow for a loaded machine.
        var effects = await Eventually.ReturnsAsync(() => Sql.CountAsync(_fixture.Database, "\"NoteEffects\""), n => n >= 120, TimeSpan.FromMinutes(3));
        Assert.Equal(120, effects);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var published = await RabbitQueues.DrainMessageIdsAsync(_fixture.Messaging, Tap);
        Assert.Equal(120, published.Count);
        Assert.Equal(120, published.Distinct().Count());
    }
}
