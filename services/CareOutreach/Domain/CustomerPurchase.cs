using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Care.Domain;

/// <summary>
/// CareOutreach has seen an order from this customer: the first <c>order_placed</c> touchpoint creates the row, so the
/// next one knows it is not the first purchase.
/// </summary>
public sealed class CustomerPurchase : ITenantScoped
{
    private CustomerPurchase()
    {
    }

    public CustomerPurchase(string tenantId, Guid customerId, Guid eventId, DateTimeOffset orderedAt)
    {
        TenantId = tenantId;
        CustomerId = customerId;
        FirstEventId = eventId;
        FirstOrderedAt = orderedAt;
    }

    public string TenantId { get; private set; } = "";
    public Guid CustomerId { get; private set; }
    public Guid FirstEventId { get; private set; }
    public DateTimeOffset FirstOrderedAt { get; private set; }
}
