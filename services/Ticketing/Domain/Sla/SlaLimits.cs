namespace CxPlatform.Ticketing.Domain.Sla;

public static class SlaLimits
{
    public const int NameLength = 200;

    /// <summary>Every ticket change consults all of a tenant's policies, so their number is bounded.</summary>
    public const int PoliciesPerTenant = 100;

    public const int CalendarsPerTenant = 50;

    /// <summary>A year of minutes: the longest goal a target may have.</summary>
    public const int MaxGoalMinutes = 525_600;
}
