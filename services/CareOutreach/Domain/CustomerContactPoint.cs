using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Care.Domain;

/// <summary>One way to identify and reach a customer; (tenant, kind, value) belongs to at most one customer.</summary>
public sealed class CustomerContactPoint : ITenantScoped
{
    private CustomerContactPoint()
    {
    }

    internal CustomerContactPoint(string tenantId, NormalizedContactPoint contactPoint, bool isVerified, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        TenantId = tenantId;
        Kind = contactPoint.Kind;
        Value = contactPoint.Value;
        AddedAt = now;
        VerifiedAt = isVerified ? now : null;
    }

    public Guid Id { get; private set; }
    public string TenantId { get; private set; } = "";
    public Guid CustomerId { get; private set; }
    public string Kind { get; private set; } = "";
    public string Value { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }

    public bool IsVerified => VerifiedAt is not null;

    public bool Is(NormalizedContactPoint contactPoint) => Kind == contactPoint.Kind && Value == contactPoint.Value;

    internal void Verify(DateTimeOffset now) => VerifiedAt ??= now;
}
