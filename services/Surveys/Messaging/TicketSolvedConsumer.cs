using CxPlatform.Contracts;
using CxPlatform.Surveys.Distribution;
using CxPlatform.Surveys.Domain;
using MassTransit;

namespace CxPlatform.Surveys.Messaging;

/// <summary>Plans the invitations of the tenant's <c>ticket_solved</c> rules; runs behind the inbox, which saves them with the message's receipt.</summary>
public sealed class TicketSolvedConsumer(InvitationPlanner planner) : IConsumer<TicketSolved>
{
    public Task Consume(ConsumeContext<TicketSolved> context)
    {
        var solved = context.Message;
        return planner.PlanAsync(new TriggerFacts(DistributionTriggers.TicketSolved, solved.EventId, solved.OccurredAt, solved.CustomerId,
            solved.TicketId, null, solved.Channel, solved.Type, solved.Priority, solved.Tags, null), context.CancellationToken);
    }
}
