using System.Security.Claims;
using CxPlatform.Care.Customers;
using CxPlatform.Care.Domain;
using CxPlatform.Care.Infrastructure;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.Extensions.Validation;

namespace CxPlatform.Care.Apis;

/// <summary>The dependencies of the customer endpoints; services, not input, so never validated.</summary>
#pragma warning disable ASP0029 // experimental, but the supported way to keep the validator out of DbContext graphs
[SkipValidation]
#pragma warning restore ASP0029
public sealed record CustomerServices(
    CareDbContext Db,
    CustomerDirectory Directory,
    CustomerMerger Merger,
    ITenantContext Tenant,
    TimeProvider Time,
    HttpContext Http)
{
    /// <summary>The care agent (or admin) acting, as recorded in consent history and notes.</summary>
    public string Actor => Http.User.FindFirstValue(CxClaimTypes.Subject) ?? "unknown";

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>
    /// The customer to change (the survivor when <paramref name="id"/> was merged away), tracked; with <c>If-Match</c> (the ETag
    /// of a GET) the save fails with 412 if anyone changed it since, even in a race. Null when there is no such customer.
    /// </summary>
    public async Task<Customer?> FindForChangeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(Http.Request, out var expectedVersion))
        {
            throw new InvalidRequestException("If-Match", "Send the ETag of the customer as returned by GET.");
        }
        var customer = await Directory.FindAsync(id, cancellationToken, tracked: true);
        if (customer is not null && expectedVersion is not null)
        {
            Db.Entry(customer).Property(c => c.Version).OriginalValue = expectedVersion.Value;
        }
        return customer;
    }

    /// <summary>Saves and answers with the customer and its new ETag.</summary>
    public async Task<CustomerResponse> SaveAsync(Customer customer, CancellationToken cancellationToken)
    {
        await Db.SaveChangesAsync(cancellationToken);
        return Answer(customer);
    }

    public CustomerResponse Answer(Customer customer)
    {
        ETags.Set(Http.Response, customer.Version);
        return CustomerResponse.From(customer);
    }
}
