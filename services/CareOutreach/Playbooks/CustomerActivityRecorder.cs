using CxPlatform.Care.Infrastructure;
using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Playbooks;

/// <summary>
/// Keeps <c>customer_activity</c>: the latest instant CareOutreach saw each customer active. An upsert that only moves
/// forward (GREATEST), so a late or redelivered older event changes nothing and concurrent events agree; it runs in the
/// caller's transaction (a consumer's inbox), so the activity commits with the event's outreach or not at all.
/// </summary>
public sealed class CustomerActivityRecorder(CareDbContext db, ITenantContext tenant)
{
    public async Task RecordAsync(Guid customerId, DateTimeOffset activeAt, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        var at = activeAt.ToUniversalTime();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO customer_activity ("TenantId", "CustomerId", "LastActiveAt") VALUES ({tenantId}, {customerId}, {at})
            ON CONFLICT ("TenantId", "CustomerId")
            DO UPDATE SET "LastActiveAt" = GREATEST(customer_activity."LastActiveAt", EXCLUDED."LastActiveAt")
            """,
            cancellationToken);
    }

    /// <summary>A merged-away customer's activity counts for the survivor.</summary>
    public async Task MoveAsync(Guid fromCustomerId, Guid toCustomerId, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO customer_activity ("TenantId", "CustomerId", "LastActiveAt")
            SELECT "TenantId", {toCustomerId}, "LastActiveAt" FROM customer_activity WHERE "TenantId" = {tenantId} AND "CustomerId" = {fromCustomerId}
            ON CONFLICT ("TenantId", "CustomerId")
            DO UPDATE SET "LastActiveAt" = GREATEST(customer_activity."LastActiveAt", EXCLUDED."LastActiveAt")
            """,
            cancellationToken);
    }
}
