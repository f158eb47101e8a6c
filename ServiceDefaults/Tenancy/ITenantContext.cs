namespace CxPlatform.ServiceDefaults.Tenancy;

/// <summary>The tenant the current request or message acts for.</summary>
public interface ITenantContext
{
    string? TenantId { get; }

    string RequiredTenantId => TenantId ?? throw new InvalidOperationException("No tenant is set for this operation.");
}
