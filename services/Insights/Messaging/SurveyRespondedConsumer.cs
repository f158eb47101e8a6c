using CxPlatform.Contracts;
using CxPlatform.Insights.Recording;
using MassTransit;

namespace CxPlatform.Insights.Messaging;

/// <summary>Appends <see cref="SurveyResponded"/> to the event store; behind the inbox, so a redelivery records nothing twice.</summary>
public sealed class SurveyRespondedConsumer(TouchpointRecorder recorder) : IConsumer<SurveyResponded>
{
    public Task Consume(ConsumeContext<SurveyResponded> context) => recorder.RecordAsync(PlatformTouchpoints.From(context.Message), context.CancellationToken);
}
