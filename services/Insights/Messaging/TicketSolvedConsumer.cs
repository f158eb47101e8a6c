using CxPlatform.Contracts;
using CxPlatform.Insights.Recording;
using MassTransit;

namespace CxPlatform.Insights.Messaging;

/// <summary>Appends <see cref="TicketSolved"/> to the event store; behind the inbox, so a redelivery records nothing twice.</summary>
public sealed class TicketSolvedConsumer(TouchpointRecorder recorder) : IConsumer<TicketSolved>
{
    public Task Consume(ConsumeContext<TicketSolved> context) => recorder.RecordAsync(PlatformTouchpoints.From(context.Message), context.CancellationToken);
}
