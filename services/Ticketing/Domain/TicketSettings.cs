using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Ticketing.Domain;

/// <summary>A tenant's Ticketing settings; one row per tenant, created with defaults on first write.</summary>
public sealed class TicketSettings : ITenantScoped
{
    public const int DefaultAutoCloseAfterDays = 4;

    private TicketSettings()
    {
    }

    public TicketSettings(string tenantId) => TenantId = tenantId;

    public string TenantId { get; private set; } = "";

    /// <summary>Solved tickets close this many days after they were solved; null never closes them automatically.</summary>
    public int? AutoCloseAfterDays { get; set; } = DefaultAutoCloseAfterDays;
}
