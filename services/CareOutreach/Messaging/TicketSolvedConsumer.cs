using CxPlatform.Care.Playbooks;
using CxPlatform.Contracts;
using MassTransit;

namespace CxPlatform.Care.Messaging;

/// <summary>Starts the tenant's TicketSolved playbooks; runs behind the inbox, which saves the tasks with the message's receipt.</summary>
public sealed class TicketSolvedConsumer(OutreachPlanner planner) : IConsumer<TicketSolved>
{
    public Task Consume(ConsumeContext<TicketSolved> context) =>
        planner.PlanAsync(PlaybookEvents.From(context.Message), context.CancellationToken);
}
