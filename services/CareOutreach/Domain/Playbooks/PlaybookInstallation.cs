using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>Marks a tenant whose default playbooks and care settings were installed, so they are installed once, ever.</summary>
public sealed class PlaybookInstallation : ITenantScoped
{
    private PlaybookInstallation()
    {
    }

    public string TenantId { get; private set; } = "";
    public DateTimeOffset InstalledAt { get; private set; }
}
