using CxPlatform.Contracts;

namespace CxPlatform.Care.Domain;

/// <summary>
/// The contact policy and contact budget, checked in this order: an address on the channel; consent for the purpose (service
/// messages are allowed unless withdrawn, every other purpose needs a grant); quiet hours in the customer's time zone; then
/// the frequency caps. Quiet hours and caps hold back everything but service messages, and only for a while: the decision
/// says until when. The one rule engine for the gRPC answer and for CareOutreach's own messages.
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

    // Quiet hours and caps can push each other along (a cap ends inside the quiet hours…); each step moves forward, and a
    // handful of steps covers any real combination.
    private const int MaxWaitSteps = 16;

    public static ContactDecision Decide(Customer customer, string channel, string purpose, ContactBudget budget, DateTimeOffset now)
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

        if (purpose == ContactPurposes.Service)
        {
            return new ContactDecision(ContactDenial.None, null, contactPoint);
        }
        var denial = WaitAt(customer, budget, now) is { } wait ? wait.Denial : ContactDenial.None;
        return denial == ContactDenial.None
            ? new ContactDecision(ContactDenial.None, null, contactPoint)
            : new ContactDecision(denial, NextAllowedAt(customer, budget, now), contactPoint);
    }

    private static DateTimeOffset NextAllowedAt(Customer customer, ContactBudget budget, DateTimeOffset now)
    {
        var at = now;
        for (var step = 0; step < MaxWaitSteps && WaitAt(customer, budget, at) is { } wait; step++)
        {
            at = wait.Until;
        }
        return at;
    }

    /// <summary>Why a contact at <paramref name="at"/> has to wait, and until when; null when it need not.</summary>
    private static (ContactDenial Denial, DateTimeOffset Until)? WaitAt(Customer customer, ContactBudget budget, DateTimeOffset at)
    {
        if (customer.QuietHours is { } quietHours && customer.TimeZone is { } timeZone
            && quietHours.QuietUntil(at, TimeZones.Find(timeZone)) is { } quietUntil)
        {
            return (ContactDenial.QuietHours, quietUntil.ToUniversalTime());
        }
        return budget.Caps.CappedAt(budget.RecentContacts, at);
    }
}
