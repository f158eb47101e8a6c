using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Insights.Domain;

/// <summary>
/// The few facts the journey stage is computed from, kept per customer as touchpoints arrive (in any order: every column is a
/// count, a minimum, a maximum, or the value of the latest occurrence), so reading a customer's stage costs one row.
/// </summary>
public sealed class CustomerState : ITenantScoped
{
    public string TenantId { get; set; } = "";
    public Guid CustomerId { get; set; }
    public DateTimeOffset FirstSeenAt { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }
    public long TouchpointCount { get; set; }
    public int OrderCount { get; set; }
    public DateTimeOffset? FirstOrderAt { get; set; }
    public DateTimeOffset? LastOrderAt { get; set; }
    public int? LastNpsScore { get; set; }
    public DateTimeOffset? LastNpsAt { get; set; }
    public int? LastCsatScore { get; set; }
    public DateTimeOffset? LastCsatAt { get; set; }
    public int? LastReviewRating { get; set; }
    public DateTimeOffset? LastReviewAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
