using CxPlatform.Contracts;

namespace CxPlatform.ServiceDefaults.Domain;

/// <summary>An aggregate that raises integration events; the DbContext moves them to the outbox in the same transaction as the change.</summary>
public abstract class AggregateRoot
{
    private readonly List<IIntegrationEvent> _pendingEvents = [];

    public IReadOnlyCollection<IIntegrationEvent> PendingEvents => _pendingEvents;

    /// <summary>Events of one stream are published in the order they were raised.</summary>
    public abstract string EventStreamKey { get; }

    protected void Raise(IIntegrationEvent integrationEvent) => _pendingEvents.Add(integrationEvent);

    internal void ClearPendingEvents() => _pendingEvents.Clear();
}
