using CxPlatform.Care.Domain;
using CxPlatform.Care.Infrastructure;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Playbooks;

/// <summary>
/// Knows whether an order is a customer's first: CareOutreach records the first <c>order_placed</c> touchpoint it sees for
/// a customer, so "first" means "the first CareOutreach has seen" (orders from before CareOutreach consumed touchpoints are
/// unknown to it). A profile merged into the customer counts as the customer.
/// </summary>
public sealed class FirstPurchases(CareDbContext db, ITenantContext tenant)
{
    /// <returns>True when no earlier order of the customer was seen; the order is then recorded (saved with the caller's work).</returns>
    public async Task<bool> RecordAsync(Customer customer, Guid eventId, DateTimeOffset orderedAt, CancellationToken cancellationToken)
    {
        var mergedAway = db.Customers.Where(c => c.MergedIntoId == customer.Id).Select(c => c.Id);
        var seen = await db.CustomerPurchases
            .AnyAsync(p => p.CustomerId == customer.Id || mergedAway.Contains(p.CustomerId), cancellationToken);
        if (seen)
        {
            return false;
        }
        db.CustomerPurchases.Add(new CustomerPurchase(tenant.RequiredTenantId, customer.Id, eventId, orderedAt));
        return true;
    }
}
