using CxPlatform.Contracts;
using CxPlatform.Insights.Recording;
using MassTransit;

namespace CxPlatform.Insights.Messaging;

/// <summary>Appends <see cref="TicketStatusChanged"/> to the event store; behind the inbox, so a redelivery records nothing twice.</summary>
public sealed class TicketStatusChangedConsumer(TouchpointRecorder recorder) : IConsumer<TicketStatusChanged>
{
    public Task Consume(ConsumeContext<TicketStatusChanged> context) => recorder.RecordAsync(PlatformTouchpoints.From(context.Message), context.CancellationToken);
}
