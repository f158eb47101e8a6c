using CxPlatform.Contracts;
using CxPlatform.Surveys.Distribution;
using CxPlatform.Surveys.Domain;
using CxPlatform.Surveys.Infrastructure;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Surveys.Messaging;

/// <summary>
/// Records a completed apology (the recent-apology contact rule) and plans the invitations of the tenant's
/// <c>outreach_completed</c> rules; runs behind the inbox, which saves both with the message's receipt.
/// </summary>
public sealed class OutreachCompletedConsumer(InvitationPlanner planner, SurveysDbContext db) : IConsumer<OutreachCompleted>
{
    public async Task Consume(ConsumeContext<OutreachCompleted> context)
    {
        var completed = context.Message;
        if (completed.Kind == OutreachKinds.Apology
            && !await db.CustomerApologies.AnyAsync(a => a.OutreachId == completed.OutreachId, context.CancellationToken))
        {
            db.CustomerApologies.Add(CustomerApology.Record(completed.TenantId, completed.OutreachId, completed.CustomerId, completed.OccurredAt));
        }
        await planner.PlanAsync(new TriggerFacts(DistributionTriggers.OutreachCompleted, completed.EventId, completed.OccurredAt,
            completed.CustomerId, completed.RelatedTicketId, completed.OutreachId, completed.Channel, null, null, [], completed.Kind),
            context.CancellationToken);
    }
}
