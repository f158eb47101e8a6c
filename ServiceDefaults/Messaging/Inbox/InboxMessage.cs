namespace CxPlatform.ServiceDefaults.Messaging.Inbox;

/// <summary>A message a consumer has already applied; recorded in the same transaction as the consumer's effect.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; init; }
    public required string Consumer { get; init; }
    public string? TenantId { get; init; }
    public required string MessageType { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
}
