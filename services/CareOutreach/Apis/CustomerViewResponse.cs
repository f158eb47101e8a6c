namespace CxPlatform.Care.Apis;

/// <summary>
/// What a care agent opens: the profile, the outreach still to do for the customer, and Insights' journey context —
/// <see cref="Insights"/> is null and <see cref="InsightsAvailable"/> false while Insights cannot answer.
/// </summary>
public sealed record CustomerViewResponse(
    CustomerResponse Profile,
    IReadOnlyList<OutreachTaskResponse> OpenOutreach,
    bool InsightsAvailable,
    CustomerInsightsResponse? Insights);
