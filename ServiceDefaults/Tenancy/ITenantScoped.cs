namespace CxPlatform.ServiceDefaults.Tenancy;

/// <summary>A row that belongs to one tenant; <c>CxDbContext</c> stamps it on insert and filters every query by it.</summary>
public interface ITenantScoped
{
    string TenantId { get; }
}
