using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Delivery.Tests.Host;

/// <summary>The sample service's business change: a delivery is enqueued together with it, in its transaction.</summary>
public sealed class Invitation : ITenantScoped
{
    public Guid Id { get; set; }
    public string TenantId { get; set; } = "";
    public string Recipient { get; set; } = "";
}
