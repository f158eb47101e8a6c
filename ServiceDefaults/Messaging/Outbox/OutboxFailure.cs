namespace CxPlatform.ServiceDefaults.Messaging.Outbox;

internal sealed record OutboxFailure(PendingOutboxMessage Message, string Error);
