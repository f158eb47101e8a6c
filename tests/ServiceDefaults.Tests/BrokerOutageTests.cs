using CxPlatform.DevEnvironment;
using CxPlatform.ServiceDefaults.Tests.Sample;
using CxPlatform.Testing;
using Testcontainers.RabbitMq;

namespace CxPlatform.ServiceDefaults.Tests;

/// <summary>Stops and restarts a real broker under a running service: its own container, on a fixed port, so the service can reconnect.</summary>
public sealed class BrokerOutageTests(PlatformContainers containers)
{
    private const string Tap = "outage-tap";

    [Fact]
    public async Task Events_committed_while_the_broker_is_down_are_all_published_once_it_is_back()
    {
        var port = FreePort.Next();
        await using var broker = new RabbitMqBuilder(ContainerImages.RabbitMq)
            .WithUsername("cxp").WithPassword("cxp-test")
            .WithPortBinding(port, RabbitMqBuilder.RabbitMqPort)
            .Build();
        await broker.StartAsync();
        var messaging = $"amqp://cxp:cxp-test@127.0.0.1:{port}/";
        var database = await containers.CreateDatabaseAsync("outage");
        await SampleService.CreateSchemaAsync(database);
        await using var service = await SampleService.StartAsync(database, messaging, new Dictionary<string, string?>
        {
            ["Outbox:MaxBackoff"] = "00:00:02",
            ["Outbox:PublishTimeout"] = "00:00:03",
        });
        await RabbitQueues.DeclareTapAsync(messaging, Tap, BrokerProbe<NoteAdded>.ExchangeName);

        await broker.StopAsync();
        await service.AddNotesAsync("acme", 40, "during outage");
        Assert.Equal(40, await Sql.CountAsync(database, "outbox_messages", "sent_at IS NULL"));

        await broker.StartAsync();

        var effects = await Eventually.ReturnsAsync(() => Sql.CountAsync(database, "\"NoteEffects\""), n => n >= 40, TimeSpan.FromSeconds(120));
        Assert.Equal(40, effects);
        Assert.Equal(0, await Sql.CountAsync(database, "outbox_messages", "sent_at IS NULL"));
        var published = await RabbitQueues.DrainMessageIdsAsync(messaging, Tap);
        Assert.Equal(40, published.Count);
        Assert.Equal(40, published.Distinct().Count());
    }
}
