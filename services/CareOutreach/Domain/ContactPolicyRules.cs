using CxPlatform.Contracts;

namespace CxPlatform.Care.Domain;

/// <summary>
/// The contact policy, checked in this order: an address on the channel; consent for the purpose (service messages are
/// allowed unless withdrawn, every other purpose needs a grant); then quiet hours in the customer's time zone, which hold
/// back everything but service messages until they end.
/// </summary>
public static class ContactPolicyRules
{
    /// <summary>The contact point kind that reaches a customer on each channel; postal mail has none yet.</summary>
    public static string? ContactPointKindFor(string channel) => channel switch
    {
        ContactChannels.Email => ContactPointKinds.Email,
        ContactChannels.Sms or ContactChannels.Phone or ContactChannels.Whatsapp => ContactPointKinds.Phone,
        ContactChannels.SocialDm => ContactPointKinds.SocialHandle,
        _ => null,
    };

    public static ContactDecision Decide(Customer customer, string channel, string purpose, DateTimeOffset now)
    {
        var kind = ContactPointKindFor(channel);
        var contactPoint = customer.ContactPoints
            .Where(p => p.Kind == kind)
            .OrderByDescending(p => p.IsVerified)
            .ThenByDescending(p => p.AddedAt)
            .FirstOrDefault();
        if (contactPoint is null)
        {
            return new ContactDecision(ContactDenial.NoContactPoint, null, null);
        }

        var consent = customer.Consents.FirstOrDefault(c => c.Channel == channel && c.Purpose == purpose);
        if (consent is { Granted: false })
        {
            return new ContactDecision(ContactDenial.OptedOut, null, contactPoint);
        }
        if (consent is null && purpose != ContactPurposes.Service)
        {
            return new ContactDecision(ContactDenial.NoConsent, null, contactPoint);
        }

        if (purpose != ContactPurposes.Service && customer.QuietHours is { } quietHours && customer.TimeZone is { } timeZone
            && quietHours.QuietUntil(now, TimeZones.Find(timeZone)) is { } quietUntil)
        {
            return new ContactDecision(ContactDenial.QuietHours, quietUntil, contactPoint);
        }
        return new ContactDecision(ContactDenial.None, null, contactPoint);
    }
}
