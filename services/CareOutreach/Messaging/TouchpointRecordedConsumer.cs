using CxPlatform.Care.Playbooks;
using CxPlatform.Contracts;
using MassTransit;

namespace CxPlatform.Care.Messaging;

/// <summary>Starts the tenant's TouchpointRecorded playbooks; runs behind the inbox, which saves the tasks with the message's receipt.</summary>
public sealed class TouchpointRecordedConsumer(OutreachPlanner planner) : IConsumer<TouchpointRecorded>
{
    public Task Consume(ConsumeContext<TouchpointRecorded> context) =>
        planner.PlanAsync(PlaybookEvents.From(context.Message), context.CancellationToken);
}
