using CxPlatform.Care.Playbooks;
using CxPlatform.Contracts;
using MassTransit;

namespace CxPlatform.Care.Messaging;

/// <summary>Starts the tenant's CustomerAtRisk playbooks; runs behind the inbox, which saves the tasks with the message's receipt.</summary>
public sealed class CustomerAtRiskConsumer(OutreachPlanner planner) : IConsumer<CustomerAtRisk>
{
    public Task Consume(ConsumeContext<CustomerAtRisk> context) =>
        planner.PlanAsync(PlaybookEvents.From(context.Message), context.CancellationToken);
}
