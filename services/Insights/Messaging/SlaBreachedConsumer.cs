using CxPlatform.Contracts;
using CxPlatform.Insights.Recording;
using MassTransit;

namespace CxPlatform.Insights.Messaging;

/// <summary>Appends <see cref="SlaBreached"/> to the event store; behind the inbox, so a redelivery records nothing twice.</summary>
public sealed class SlaBreachedConsumer(TouchpointRecorder recorder) : IConsumer<SlaBreached>
{
    public Task Consume(ConsumeContext<SlaBreached> context) => recorder.RecordAsync(PlatformTouchpoints.From(context.Message), context.CancellationToken);
}
