using CxPlatform.Care.Domain;
using CxPlatform.Contracts.Grpc.CareOutreach;
using Google.Protobuf.WellKnownTypes;
using ContactPolicyMessage = CxPlatform.Contracts.Grpc.CareOutreach.ContactPolicy;

namespace CxPlatform.Care.Grpc;

internal static class ContactPolicyMessages
{
    public static ContactPolicyMessage ToMessage(Customer customer, string purpose, ContactDecision decision)
    {
        var policy = new ContactPolicyMessage
        {
            Allowed = decision.Allowed,
            DenialReason = ToReason(decision.Denial),
            PreferredChannel = customer.PreferredChannel ?? "",
            QuietHours = ProfileMessages.ToMessage(customer.QuietHours),
            TimeZone = customer.TimeZone ?? "",
            NextAllowedAt = decision.NextAllowedAt is { } next ? Timestamp.FromDateTimeOffset(next) : null,
            ContactPoint = decision.Allowed && decision.ContactPoint is { } point ? ProfileMessages.ToMessage(point) : null,
        };
        foreach (var consent in customer.Consents.Where(c => c.Purpose == purpose))
        {
            policy.ConsentByChannel[consent.Channel] = consent.Granted ? ConsentStatus.Granted : ConsentStatus.Denied;
        }
        return policy;
    }

    private static DenialReason ToReason(ContactDenial denial) => denial switch
    {
        ContactDenial.None => DenialReason.Unspecified,
        ContactDenial.NoConsent => DenialReason.NoConsent,
        ContactDenial.OptedOut => DenialReason.OptedOut,
        ContactDenial.QuietHours => DenialReason.QuietHours,
        ContactDenial.NoContactPoint => DenialReason.NoContactPoint,
        ContactDenial.FrequencyCapDay or ContactDenial.FrequencyCapWeek => DenialReason.FrequencyCap,
        _ => throw new ArgumentOutOfRangeException(nameof(denial), denial, null),
    };
}
