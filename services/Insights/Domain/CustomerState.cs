using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Insights.Domain;

/// <summary>
/// The few facts the journey stage and the health score are computed from, kept per customer as touchpoints arrive (in any order: every column is a
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
    /// <summary>The care agent's judgement on the latest completed outreach that recorded one (<c>Sentiments</c>).</summary>
    public string? LastSentiment { get; set; }

    public DateTimeOffset? LastSentimentAt { get; set; }

    /// <summary>0–100 as of <see cref="HealthComputedAt"/> (the last touchpoint that changed the row); null while there is too little data.</summary>
    public double? HealthScore { get; set; }

    /// <summary>What pulled the score down, strongest first (<c>RiskReasons</c>).</summary>
    public List<string> HealthReasons { get; set; } = [];

    /// <summary>The at-risk latch: set when the score crossed below the threshold, cleared only at threshold + re-arm margin.</summary>
    public bool BelowThreshold { get; set; }

    public DateTimeOffset? HealthComputedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
