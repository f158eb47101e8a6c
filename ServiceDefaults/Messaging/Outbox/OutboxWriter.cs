using System.Diagnostics;
using System.Text.Json;
using CxPlatform.ServiceDefaults.Data;
using CxPlatform.ServiceDefaults.Domain;

namespace CxPlatform.ServiceDefaults.Messaging.Outbox;

/// <summary>Turns the events raised by tracked aggregates into outbox rows of the same SaveChanges.</summary>
internal static class OutboxWriter
{
    public static void MoveRaisedEventsToOutbox(CxDbContext context)
    {
        var now = context.Time.GetUtcNow();
        var traceParent = Activity.Current?.Id;
        foreach (var entry in context.ChangeTracker.Entries<AggregateRoot>().ToList())
        {
            var aggregate = entry.Entity;
            foreach (var integrationEvent in aggregate.PendingEvents)
            {
                var type = integrationEvent.GetType();
                context.OutboxMessages.Add(new OutboxMessage
                {
                    Id = integrationEvent.EventId,
                    TenantId = integrationEvent.TenantId,
                    StreamKey = aggregate.EventStreamKey,
                    MessageType = MessageTypeName.Of(type),
                    Payload = JsonSerializer.Serialize(integrationEvent, type, JsonSerializerOptions.Web),
                    TraceParent = traceParent,
                    OccurredAt = integrationEvent.OccurredAt,
                    CreatedAt = now,
                });
            }
            aggregate.ClearPendingEvents();
        }
    }
}
