using CxPlatform.Care.Domain;
using CxPlatform.Care.Infrastructure;
using CxPlatform.Care.Playbooks;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Customers;

/// <summary>Merges two profiles of one person: the survivor takes everything, the duplicate and its own tombstones point to it.</summary>
public sealed class CustomerMerger(CareDbContext db, CustomerDirectory directory, CustomerActivityRecorder activity, TimeProvider time)
{
    /// <summary>
    /// The survivor after the merge (one SaveChanges: the move, both events and the redirects commit together); null when the
    /// duplicate does not exist in the tenant. A tombstone created concurrently still resolves: lookups follow a few hops.
    /// </summary>
    public async Task<Customer?> MergeAsync(Customer survivor, Guid duplicateId, CancellationToken cancellationToken)
    {
        var duplicate = await directory.FindAsync(duplicateId, cancellationToken, tracked: true);
        if (duplicate is null)
        {
            return null;
        }
        var now = time.GetUtcNow();
        survivor.Absorb(duplicate, now);
        var earlierTombstones = await db.Customers.Where(c => c.MergedIntoId == duplicate.Id).ToListAsync(cancellationToken);
        foreach (var tombstone in earlierTombstones)
        {
            tombstone.RedirectMergeTo(survivor.Id, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        // After the merge: the duplicate's activity is the survivor's (an upsert that only moves forward, safe to repeat).
        await activity.MoveAsync(duplicate.Id, survivor.Id, cancellationToken);
        return survivor;
    }
}
