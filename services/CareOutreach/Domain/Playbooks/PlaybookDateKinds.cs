namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>
/// The dates of a customer a <see cref="PlaybookTriggers.Date"/> playbook can celebrate, each on its anniversary from the
/// first year on. The profile has no birthday field, so these are the dates CareOutreach itself knows.
/// </summary>
public static class PlaybookDateKinds
{
    /// <summary>The day the customer's profile was created in CareOutreach ("a customer since").</summary>
    public const string CustomerSince = "customer_since";

    /// <summary>The day of the customer's first order CareOutreach saw (the first <c>order_placed</c> touchpoint).</summary>
    public const string FirstPurchase = "first_purchase";

    public static readonly IReadOnlyList<string> All = [CustomerSince, FirstPurchase];
}
