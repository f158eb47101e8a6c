using CxPlatform.Care.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Outreach;

/// <summary>
/// Serializes the contact budget per customer: two automated messages decided at the same moment in different transactions
/// (two consumers, a consumer and the scheduler, two replicas) would otherwise both see room for one under a cap. A
/// transaction-scoped advisory lock on the customer, taken before the budget is read, makes the second wait until the
/// first has committed and then count its message.
/// </summary>
public static class ContactBudgetLock
{
    /// <summary>The first key of the two-key advisory lock space, so that these locks never meet other advisory locks.</summary>
    private const int LockClass = 0x43425544; // "CBUD"

    public static async Task AcquireAsync(CareDbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The contact budget can only be locked inside the transaction that records the contact.");
        }
        // Guid.GetHashCode is a fixed function of the id's bytes (not randomized per process), so every replica takes the same lock.
        var customerKey = customerId.GetHashCode();
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockClass}, {customerKey})", cancellationToken);
    }
}
