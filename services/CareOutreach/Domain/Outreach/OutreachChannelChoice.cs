using CxPlatform.Contracts;

namespace CxPlatform.Care.Domain.Outreach;

/// <summary>
/// The channel an outreach uses: among the candidates (the playbook's fixed channel, else the customer's preferred channel
/// and then email, phone, sms, whatsapp, social DM), the first the customer gave care consent on and can be reached on; else
/// the first they can be reached on without having withdrawn care consent; else the fixed or preferred channel, else email.
/// Sending rules (quiet hours, caps) are checked when the outreach is delivered, not here.
/// </summary>
public static class OutreachChannelChoice
{
    private static readonly string[] FallbackOrder =
        [ContactChannels.Email, ContactChannels.Phone, ContactChannels.Sms, ContactChannels.Whatsapp, ContactChannels.SocialDm];

    public static string For(Customer customer, string? fixedChannel)
    {
        var candidates = fixedChannel is not null
            ? [fixedChannel]
            : new[] { customer.PreferredChannel }.Concat(FallbackOrder).OfType<string>().Distinct().ToList();
        var consents = customer.Consents.Where(c => c.Purpose == ContactPurposes.Care).ToDictionary(c => c.Channel, c => c.Granted);
        var reachable = candidates.Where(channel => Reachable(customer, channel)).ToList();
        return reachable.FirstOrDefault(channel => consents.GetValueOrDefault(channel) is true)
            ?? reachable.FirstOrDefault(channel => !consents.ContainsKey(channel))
            ?? fixedChannel ?? customer.PreferredChannel ?? ContactChannels.Email;
    }

    private static bool Reachable(Customer customer, string channel) =>
        ContactPolicyRules.ContactPointKindFor(channel) is { } kind && customer.ContactPoints.Any(p => p.Kind == kind);
}
