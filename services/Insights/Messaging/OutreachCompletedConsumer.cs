using CxPlatform.Contracts;
using CxPlatform.Insights.Recording;
using MassTransit;

namespace CxPlatform.Insights.Messaging;

/// <summary>Appends <see cref="OutreachCompleted"/> to the event store; behind the inbox, so a redelivery records nothing twice.</summary>
public sealed class OutreachCompletedConsumer(TouchpointRecorder recorder) : IConsumer<OutreachCompleted>
{
    public Task Consume(ConsumeContext<OutreachCompleted> context) => recorder.RecordAsync(PlatformTouchpoints.From(context.Message), context.CancellationToken);
}
