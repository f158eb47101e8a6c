namespace CxPlatform.Ticketing.Customers;

public sealed record CustomerResolution(CustomerResolutionOutcome Outcome, Guid? CustomerId = null)
{
    public static readonly CustomerResolution Unavailable = new(CustomerResolutionOutcome.Unavailable);
    public static readonly CustomerResolution Unresolvable = new(CustomerResolutionOutcome.Unresolvable);

    public static CustomerResolution Resolved(Guid customerId) => new(CustomerResolutionOutcome.Resolved, customerId);
}
