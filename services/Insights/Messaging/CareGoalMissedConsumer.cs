using CxPlatform.Contracts;
using CxPlatform.Insights.Recording;
using MassTransit;

namespace CxPlatform.Insights.Messaging;

/// <summary>Appends <see cref="CareGoalMissed"/> to the event store; behind the inbox, so a redelivery records nothing twice.</summary>
public sealed class CareGoalMissedConsumer(TouchpointRecorder recorder) : IConsumer<CareGoalMissed>
{
    public Task Consume(ConsumeContext<CareGoalMissed> context) => recorder.RecordAsync(PlatformTouchpoints.From(context.Message), context.CancellationToken);
}
