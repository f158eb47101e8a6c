using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Care.Domain;

/// <summary>
/// When CareOutreach last saw the customer active: the latest instant of their events (tickets, survey answers,
/// touchpoints). Only ever moves forward, so events arriving out of order cannot make a customer look quiet; written by
/// upsert, never through the change tracker.
/// </summary>
public sealed class CustomerActivity : ITenantScoped
{
    private CustomerActivity()
    {
    }

    public string TenantId { get; private set; } = "";
    public Guid CustomerId { get; private set; }
    public DateTimeOffset LastActiveAt { get; private set; }
}
