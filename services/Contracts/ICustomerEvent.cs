namespace CxPlatform.Contracts;

/// <summary>An event about one customer: the customer 360 timeline in Insights is built from these.</summary>
public interface ICustomerEvent : IIntegrationEvent
{
    /// <summary>The CareOutreach customer id; null only where the event says so (a ticket not yet linked, an anonymous response).</summary>
    Guid? CustomerId { get; }
}
