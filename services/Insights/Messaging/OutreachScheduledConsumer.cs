using CxPlatform.Contracts;
using CxPlatform.Insights.Recording;
using MassTransit;

namespace CxPlatform.Insights.Messaging;

/// <summary>Appends <see cref="OutreachScheduled"/> to the event store; behind the inbox, so a redelivery records nothing twice.</summary>
public sealed class OutreachScheduledConsumer(TouchpointRecorder recorder) : IConsumer<OutreachScheduled>
{
    public Task Consume(ConsumeContext<OutreachScheduled> context) => recorder.RecordAsync(PlatformTouchpoints.From(context.Message), context.CancellationToken);
}
