using CxPlatform.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CxPlatform.ServiceDefaults.Data;

/// <summary>New rows take the current tenant; no save may touch a row of another tenant.</summary>
internal static class TenantGuard
{
    public static void StampAndCheck(ChangeTracker changeTracker, string? currentTenant)
    {
        foreach (var entry in changeTracker.Entries<ITenantScoped>())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }
            var tenantProperty = entry.Property(nameof(ITenantScoped.TenantId));
            var rowTenant = (string?)tenantProperty.CurrentValue;
            if (entry.State == EntityState.Added && string.IsNullOrEmpty(rowTenant))
            {
                tenantProperty.CurrentValue = currentTenant
                    ?? throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} cannot be saved without a tenant.");
                continue;
            }
            if (currentTenant is not null && rowTenant != currentTenant)
            {
                throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} of another tenant cannot be changed.");
            }
        }
    }
}
