using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Care.Domain.Goals;

/// <summary>Marks a tenant whose default care goals were installed, so they are installed once, ever.</summary>
public sealed class CareGoalInstallation : ITenantScoped
{
    private CareGoalInstallation()
    {
    }

    public string TenantId { get; private set; } = "";
    public DateTimeOffset InstalledAt { get; private set; }
}
