using CxPlatform.Contracts;
using CxPlatform.Insights.Recording;
using MassTransit;

namespace CxPlatform.Insights.Messaging;

/// <summary>Appends <see cref="SurveyInvitationSent"/> to the event store; behind the inbox, so a redelivery records nothing twice.</summary>
public sealed class SurveyInvitationSentConsumer(TouchpointRecorder recorder) : IConsumer<SurveyInvitationSent>
{
    public Task Consume(ConsumeContext<SurveyInvitationSent> context) => recorder.RecordAsync(PlatformTouchpoints.From(context.Message), context.CancellationToken);
}
