using CxPlatform.Contracts;
using CxPlatform.Insights.Recording;
using MassTransit;

namespace CxPlatform.Insights.Messaging;

/// <summary>Appends <see cref="TicketAssigned"/> to the event store; behind the inbox, so a redelivery records nothing twice.</summary>
public sealed class TicketAssignedConsumer(TouchpointRecorder recorder) : IConsumer<TicketAssigned>
{
    public Task Consume(ConsumeContext<TicketAssigned> context) => recorder.RecordAsync(PlatformTouchpoints.From(context.Message), context.CancellationToken);
}
