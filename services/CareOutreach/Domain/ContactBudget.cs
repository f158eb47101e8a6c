namespace CxPlatform.Care.Domain;

/// <summary>A customer's frequency caps and the contacts made to them in the last week (all that the caps look at).</summary>
public sealed record ContactBudget(ContactCaps Caps, IReadOnlyCollection<DateTimeOffset> RecentContacts)
{
    public static readonly ContactBudget Unused = new(ContactCaps.Default, []);
}
