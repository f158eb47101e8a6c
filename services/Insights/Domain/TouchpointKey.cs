using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Insights.Domain;

/// <summary>
/// The idempotency record of one touchpoint, keyed (tenant, source, dedupe key). A unique index on the partitioned
/// <c>touchpoints</c> table would have to include the partition key (<c>OccurredAt</c>), which would let the same external id
/// arrive twice with different times; this small unpartitioned table is written first, in the same transaction.
/// </summary>
public sealed class TouchpointKey : ITenantScoped
{
    public string TenantId { get; set; } = "";
    public string Source { get; set; } = "";
    public string DedupeKey { get; set; } = "";
    public Guid TouchpointId { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
