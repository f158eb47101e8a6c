namespace CxPlatform.ServiceDefaults.Messaging.Outbox;

internal sealed record PendingOutboxMessage(Guid Id, string TenantId, string StreamKey, string MessageType, string Payload, string? TraceParent, DateTimeOffset CreatedAt);
