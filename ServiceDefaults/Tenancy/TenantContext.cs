using System.Text.RegularExpressions;

namespace CxPlatform.ServiceDefaults.Tenancy;

/// <summary>Scoped: set once per request (from the token) or per message (from the event), then fixed.</summary>
public sealed partial class TenantContext : ITenantContext
{
    public string? TenantId { get; private set; }

    public void Use(string tenantId)
    {
        if (!IsValidTenantId(tenantId))
        {
            throw new ArgumentException($"'{tenantId}' is not a valid tenant id.", nameof(tenantId));
        }
        if (TenantId is not null && TenantId != tenantId)
        {
            throw new InvalidOperationException("The tenant of an operation cannot change once set.");
        }
        TenantId = tenantId;
    }

    public static bool IsValidTenantId(string? tenantId) => tenantId is not null && TenantIdPattern().IsMatch(tenantId);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex TenantIdPattern();
}
