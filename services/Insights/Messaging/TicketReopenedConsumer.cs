using CxPlatform.Contracts;
using CxPlatform.Insights.Recording;
using MassTransit;

namespace CxPlatform.Insights.Messaging;

/// <summary>Appends <see cref="TicketReopened"/> to the event store; behind the inbox, so a redelivery records nothing twice.</summary>
public sealed class TicketReopenedConsumer(TouchpointRecorder recorder) : IConsumer<TicketReopened>
{
    public Task Consume(ConsumeContext<TicketReopened> context) => recorder.RecordAsync(PlatformTouchpoints.From(context.Message), context.CancellationToken);
}
