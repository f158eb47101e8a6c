using MassTransit;

namespace CxPlatform.Bench.Outbox.Service;

/// <summary>
/// Deliberately no effect of its own: the inbox row and its transaction (written by the inbox filter around this consumer)
/// are the platform's cost being measured, a service's own work would be on top.
/// </summary>
public sealed class PulseRecordedConsumer : IConsumer<PulseRecorded>
{
    public Task Consume(ConsumeContext<PulseRecorded> context) => Task.CompletedTask;
}
