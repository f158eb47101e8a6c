namespace CxPlatform.ServiceDefaults.Messaging.Outbox;

/// <summary>An integration event waiting to be published, written in the same transaction as the change that raised it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }
    public long Sequence { get; init; }
    public required string TenantId { get; init; }
    public required string StreamKey { get; init; }
    public required string MessageType { get; init; }
    public required string Payload { get; init; }
    public string? TraceParent { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public DateTimeOffset? FailedAt { get; init; }
    public int Attempts { get; init; }
    public string? LastError { get; init; }
}
