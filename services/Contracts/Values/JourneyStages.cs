namespace CxPlatform.Contracts;

/// <summary>Where a customer is in their journey, as Insights infers it.</summary>
public static class JourneyStages
{
    public const string Prospect = "prospect";
    public const string FirstPurchase = "first_purchase";
    public const string Active = "active";
    public const string Loyal = "loyal";
    public const string AtRisk = "at_risk";

    /// <summary>The customer has an open ticket: being helped right now.</summary>
    public const string InSupport = "in_support";

    public const string Churned = "churned";

    public static readonly IReadOnlyList<string> All = [Prospect, FirstPurchase, Active, Loyal, AtRisk, Churned, InSupport];
}
