using CxPlatform.Contracts;
using CxPlatform.Insights.Recording;
using MassTransit;

namespace CxPlatform.Insights.Messaging;

/// <summary>Appends <see cref="TicketReplied"/> to the event store; behind the inbox, so a redelivery records nothing twice.</summary>
public sealed class TicketRepliedConsumer(TouchpointRecorder recorder) : IConsumer<TicketReplied>
{
    public Task Consume(ConsumeContext<TicketReplied> context) => recorder.RecordAsync(PlatformTouchpoints.From(context.Message), context.CancellationToken);
}
