using CxPlatform.ServiceDefaults.Tests.Sample;
using CxPlatform.Testing;
using MassTransit;

namespace CxPlatform.ServiceDefaults.Tests;

public sealed class InboxTests(PlatformContainers containers) : RunningSampleServiceTests(containers)
{
    [Fact]
    public async Task A_message_delivered_twice_has_its_effect_once()
    {
        var bus = Service.Services.GetRequiredService<IBus>();
        var message = new NoteAdded("acme", Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "twice");
        var baseline = Service.Deliveries.Completed;

        await bus.Publish(message, context => context.MessageId = message.EventId);
        await bus.Publish(message, context => context.MessageId = message.EventId);

        await Eventually.ReturnsAsync(() => Task.FromResult(Service.Deliveries.Completed - baseline), n => n >= 2);
        Assert.Equal(2, Service.Deliveries.Completed - baseline);
        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "\"NoteEffects\"", $"\"NoteId\" = '{message.NoteId}'"));
        Assert.Equal(1, await Sql.CountAsync(Fixture.Database, "inbox_messages", $"message_id = '{message.EventId}'"));
    }

    [Fact]
    public async Task Distinct_messages_each_have_their_effect()
    {
        var bus = Service.Services.GetRequiredService<IBus>();
        var first = new NoteAdded("acme", Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "one");
        var second = first with { EventId = Guid.NewGuid() };

        await bus.Publish(first, context => context.MessageId = first.EventId);
        await bus.Publish(second, context => context.MessageId = second.EventId);

        var effects = await Eventually.ReturnsAsync(
            () => Sql.CountAsync(Fixture.Database, "\"NoteEffects\"", $"\"NoteId\" = '{first.NoteId}'"), n => n >= 2);
        Assert.Equal(2, effects);
    }

    [Fact]
    public async Task A_consumer_sees_only_the_rows_of_the_messages_tenant()
    {
        await Service.AddNotesAsync("initech", 2);
        await Service.AddNotesAsync("umbrella", 5);

        // The outbox publishes the seven NoteAdded events; each consumption records how many notes its tenant sees.
        var effects = await Eventually.ReturnsAsync(() => Sql.CountAsync(Fixture.Database, "\"NoteEffects\""), n => n >= 7);
        Assert.Equal(7, effects);
        Assert.Equal(2, await Sql.ScalarAsync<int>(Fixture.Database, "SELECT max(\"NotesVisibleToConsumer\") FROM \"NoteEffects\" WHERE \"TenantId\" = 'initech'"));
        Assert.Equal(5, await Sql.ScalarAsync<int>(Fixture.Database, "SELECT max(\"NotesVisibleToConsumer\") FROM \"NoteEffects\" WHERE \"TenantId\" = 'umbrella'"));
    }

    [Fact]
    public async Task A_poison_message_goes_to_the_error_queue_and_does_not_block_the_queue()
    {
        var bus = Service.Services.GetRequiredService<IBus>();
        var poison = new NoteAdded("acme", Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), NoteAddedConsumer.PoisonText);
        var healthy = new NoteAdded("acme", Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "after the poison");

        await bus.Publish(poison, context => context.MessageId = poison.EventId);
        await bus.Publish(healthy, context => context.MessageId = healthy.EventId);

        var healthyEffects = await Eventually.ReturnsAsync(
            () => Sql.CountAsync(Fixture.Database, "\"NoteEffects\"", $"\"NoteId\" = '{healthy.NoteId}'"), n => n == 1);
        Assert.Equal(1, healthyEffects);
        var errorQueueDepth = await Eventually.ReturnsAsync(
            () => RabbitQueues.DepthAsync(Fixture.Messaging, $"{SampleService.ConsumerQueue}_error"), n => n >= 1);
        Assert.Equal(1u, errorQueueDepth);
        Assert.Equal(0, await Sql.CountAsync(Fixture.Database, "\"NoteEffects\"", $"\"NoteId\" = '{poison.NoteId}'"));
        Assert.Equal(0, await Sql.CountAsync(Fixture.Database, "inbox_messages", $"message_id = '{poison.EventId}'"));
    }
}
