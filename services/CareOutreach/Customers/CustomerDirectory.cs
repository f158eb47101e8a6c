using CxPlatform.Care.Domain;
using CxPlatform.Care.Infrastructure;
using CxPlatform.Care.Infrastructure.EntityConfigurations;
using CxPlatform.ServiceDefaults.Domain;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CxPlatform.Care.Customers;

/// <summary>Finds customers the way every caller needs: through merges to the survivor, and by contact point.</summary>
public sealed class CustomerDirectory(CareDbContext db, ITenantContext tenant, TimeProvider time)
{
    /// <summary>Tombstones point straight at their survivor (merges redirect older ones), so this is a bound, not a walk.</summary>
    private const int MaxMergeHops = 4;

    private const int ResolveAttempts = 3;

    /// <summary>The customer, or the one it was merged into; null when the tenant has no such customer.</summary>
    public async Task<Customer?> FindAsync(Guid id, CancellationToken cancellationToken, bool tracked = false)
    {
        var customers = tracked ? db.Customers : db.Customers.AsNoTracking();
        var customer = await customers.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        for (var hop = 0; customer?.MergedIntoId is { } survivorId && hop < MaxMergeHops; hop++)
        {
            customer = await customers.SingleOrDefaultAsync(c => c.Id == survivorId, cancellationToken);
        }
        return customer;
    }

    public async Task<Customer?> FindByContactPointAsync(NormalizedContactPoint contactPoint, CancellationToken cancellationToken)
    {
        var customerId = await db.ContactPoints
            .Where(p => p.Kind == contactPoint.Kind && p.Value == contactPoint.Value)
            .Select(p => (Guid?)p.CustomerId)
            .SingleOrDefaultAsync(cancellationToken);
        return customerId is null ? null : await FindAsync(customerId.Value, cancellationToken);
    }

    /// <summary>Refuses a contact point another customer of the tenant already has (the unique index backs this up in a race).</summary>
    public async Task EnsureAvailableAsync(NormalizedContactPoint contactPoint, Guid? forCustomerId, CancellationToken cancellationToken)
    {
        var owner = await db.ContactPoints
            .Where(p => p.Kind == contactPoint.Kind && p.Value == contactPoint.Value)
            .Select(p => (Guid?)p.CustomerId)
            .SingleOrDefaultAsync(cancellationToken);
        if (owner is not null && owner != forCustomerId)
        {
            throw new DomainRuleViolationException(
                "customer.contact_point_taken", $"The {contactPoint.Kind} '{contactPoint.Value}' belongs to another customer; merge the two if they are one person.");
        }
    }

    /// <summary>
    /// The customer owning the contact point, created with <paramref name="displayName"/> when unknown and asked to. Concurrent
    /// callers with the same new contact point create one customer: the loser of the unique index finds the winner's.
    /// </summary>
    public async Task<(Customer? Customer, bool Created)> ResolveAsync(
        NormalizedContactPoint contactPoint, bool createIfUnknown, string? displayName, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (await FindByContactPointAsync(contactPoint, cancellationToken) is { } existing)
            {
                return (existing, false);
            }
            if (!createIfUnknown)
            {
                return (null, false);
            }
            var customer = Customer.Register(
                tenant.RequiredTenantId, [(contactPoint, false)], new CustomerDetailsChange(FullName: displayName), time.GetUtcNow());
            db.Customers.Add(customer);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (customer, true);
            }
            catch (DbUpdateException exception) when (attempt < ResolveAttempts && IsContactPointTaken(exception))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static bool IsContactPointTaken(DbUpdateException exception) =>
        exception.InnerException is PostgresException
        {
            SqlState: PostgresErrorCodes.UniqueViolation,
            ConstraintName: CustomerContactPointEntityTypeConfiguration.UniqueIndexName,
        };
}
