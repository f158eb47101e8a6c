using CxPlatform.Contracts;
using CxPlatform.Insights.Recording;
using MassTransit;

namespace CxPlatform.Insights.Messaging;

/// <summary>Appends <see cref="CustomerProfileChanged"/> to the event store; behind the inbox, so a redelivery records nothing twice.</summary>
public sealed class CustomerProfileChangedConsumer(TouchpointRecorder recorder) : IConsumer<CustomerProfileChanged>
{
    public Task Consume(ConsumeContext<CustomerProfileChanged> context) => recorder.RecordAsync(PlatformTouchpoints.From(context.Message), context.CancellationToken);
}
