using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Tenancy;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CxPlatform.ServiceDefaults.Messaging.Inbox;

/// <summary>
/// Wraps every consumer: records (message id, consumer) and the consumer's effect in one transaction, so a redelivered
/// message is acknowledged without a second effect. Also sets the tenant from the event, so query filters apply in consumers.
/// </summary>
public sealed partial class InboxFilter<TMessage>(CxDbContext dbContext, TenantContext tenant, TimeProvider time, ILogger<InboxFilter<TMessage>> logger)
    : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var integrationEvent = context.Message as IIntegrationEvent;
        if (integrationEvent is not null)
        {
            tenant.Use(integrationEvent.TenantId);
        }
        var messageId = context.MessageId ?? integrationEvent?.EventId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} without a message id cannot be deduplicated.");
        var consumer = context.ReceiveContext.InputAddress.Segments[^1];

        await using var transaction = await dbContext.Database.BeginTransactionAsync(context.CancellationToken);
        var firstTime = await dbContext.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO inbox_messages (message_id, consumer, tenant_id, message_type, received_at)
            VALUES ({messageId}, {consumer}, {integrationEvent?.TenantId}, {typeof(TMessage).Name}, {time.GetUtcNow()})
            ON CONFLICT DO NOTHING
            """,
            context.CancellationToken) == 1;
        if (!firstTime)
        {
            LogDuplicate(messageId, consumer);
            return;
        }

        try
        {
            await next.Send(context);
            await dbContext.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        }
        catch
        {
            // The transaction rolls back; a retry must not see half-applied tracked changes.
            dbContext.ChangeTracker.Clear();
            throw;
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");

    [LoggerMessage(LogLevel.Information, "Message {MessageId} was already consumed by {Consumer}; acknowledged without effect")]
    private partial void LogDuplicate(Guid messageId, string consumer);
}
