using CxPlatform.Care.Playbooks;
using CxPlatform.Contracts;
using MassTransit;

namespace CxPlatform.Care.Messaging;

/// <summary>Starts the tenant's SurveyResponded playbooks; runs behind the inbox, which saves the tasks with the message's receipt.</summary>
public sealed class SurveyRespondedConsumer(OutreachPlanner planner) : IConsumer<SurveyResponded>
{
    public Task Consume(ConsumeContext<SurveyResponded> context) =>
        planner.PlanAsync(PlaybookEvents.From(context.Message), context.CancellationToken);
}
