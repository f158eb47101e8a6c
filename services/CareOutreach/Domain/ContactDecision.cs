namespace CxPlatform.Care.Domain;

/// <summary>The answer to "may we contact this customer on this channel for this purpose now?".</summary>
/// <param name="NextAllowedAt">
/// Set when the denial is temporary (quiet hours, a frequency cap): the first instant both the quiet hours and the caps allow
/// a contact, unless more contacts are made meanwhile.
/// </param>
/// <param name="ContactPoint">The address to use on the channel, when the customer has one.</param>
public sealed record ContactDecision(ContactDenial Denial, DateTimeOffset? NextAllowedAt, CustomerContactPoint? ContactPoint)
{
    public bool Allowed => Denial == ContactDenial.None;
}
