namespace CxPlatform.Contracts;

/// <summary>
/// A customer profile changed; consumers that cache profile data refresh it with GetCustomerProfile. On a merge,
/// <paramref name="CustomerId"/> is the profile that ceased to exist and <paramref name="MergedIntoCustomerId"/> the survivor:
/// consumers re-point their references.
/// </summary>
/// <param name="ChangedFields">Values of <see cref="CustomerProfileFields"/>.</param>
public sealed record CustomerProfileChanged(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CustomerId,
    IReadOnlyList<string> ChangedFields,
    Guid? MergedIntoCustomerId) : ICustomerEvent
{
    Guid? ICustomerEvent.CustomerId => CustomerId;
}
