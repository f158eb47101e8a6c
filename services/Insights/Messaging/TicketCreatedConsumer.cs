using CxPlatform.Contracts;
using CxPlatform.Insights.Recording;
using MassTransit;

namespace CxPlatform.Insights.Messaging;

/// <summary>Appends <see cref="TicketCreated"/> to the event store; behind the inbox, so a redelivery records nothing twice.</summary>
public sealed class TicketCreatedConsumer(TouchpointRecorder recorder) : IConsumer<TicketCreated>
{
    public Task Consume(ConsumeContext<TicketCreated> context) => recorder.RecordAsync(PlatformTouchpoints.From(context.Message), context.CancellationToken);
}
