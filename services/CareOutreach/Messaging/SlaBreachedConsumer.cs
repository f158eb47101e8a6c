using CxPlatform.Care.Playbooks;
using CxPlatform.Contracts;
using MassTransit;

namespace CxPlatform.Care.Messaging;

/// <summary>Starts the tenant's SlaBreached playbooks; runs behind the inbox, which saves the tasks with the message's receipt.</summary>
public sealed class SlaBreachedConsumer(OutreachPlanner planner) : IConsumer<SlaBreached>
{
    public Task Consume(ConsumeContext<SlaBreached> context) =>
        planner.PlanAsync(PlaybookEvents.From(context.Message), context.CancellationToken);
}
