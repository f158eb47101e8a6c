namespace CxPlatform.Contracts;

/// <summary>
/// What every integration event carries. <see cref="EventId"/> is also the broker message id, so a consumer's inbox
/// deduplicates redeliveries on it; <see cref="TenantId"/> scopes the consumer's work to one tenant.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>The tenant's slug, e.g. "acme".</summary>
    string TenantId { get; }

    Guid EventId { get; }

    /// <summary>When the change happened in the publishing service (its <see cref="TimeProvider"/>), not when it was published.</summary>
    DateTimeOffset OccurredAt { get; }
}
