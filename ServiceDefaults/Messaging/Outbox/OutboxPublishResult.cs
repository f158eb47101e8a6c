namespace CxPlatform.ServiceDefaults.Messaging.Outbox;

internal sealed record OutboxPublishResult(IReadOnlyCollection<Guid> Sent, IReadOnlyCollection<OutboxFailure> Poison, OutboxFailure? TransientFailure);
