namespace CxPlatform.Ticketing.Customers;

public enum CustomerResolutionOutcome
{
    /// <summary>CareOutreach named the customer.</summary>
    Resolved,

    /// <summary>CareOutreach could not answer now (down, slow, erroring, not configured): try again later.</summary>
    Unavailable,

    /// <summary>CareOutreach refused the contact point; asking again would get the same answer.</summary>
    Unresolvable,
}
