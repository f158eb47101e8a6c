using CxPlatform.Care.Apis;
using CxPlatform.Care.Domain;
using CxPlatform.Contracts.Grpc.CareOutreach;
using Google.Protobuf.WellKnownTypes;
using DomainQuietHours = CxPlatform.Care.Domain.QuietHours;
using QuietHoursMessage = CxPlatform.Contracts.Grpc.CareOutreach.QuietHours;

namespace CxPlatform.Care.Grpc;

/// <summary>Domain → proto. given_name and family_name stay empty: profiles keep a full and a preferred name, not their parts.</summary>
internal static class ProfileMessages
{
    public static CustomerProfile ToProfile(Customer customer)
    {
        var profile = new CustomerProfile
        {
            CustomerId = customer.Id.ToString(),
            DisplayName = customer.DisplayName ?? "",
            PreferredChannel = customer.PreferredChannel ?? "",
            Language = customer.Language ?? "",
            TimeZone = customer.TimeZone ?? "",
            QuietHours = ToMessage(customer.QuietHours),
            CreatedAt = Timestamp.FromDateTimeOffset(customer.CreatedAt),
            UpdatedAt = Timestamp.FromDateTimeOffset(customer.UpdatedAt),
        };
        profile.ContactPoints.AddRange(customer.ContactPoints.OrderBy(p => p.AddedAt).ThenBy(p => p.Id).Select(ToMessage));
        profile.Interests.AddRange(customer.Interests);
        profile.Consents.AddRange(ChannelConsents(customer));
        return profile;
    }

    public static ContactPoint ToMessage(CustomerContactPoint point) => new() { Kind = point.Kind, Value = point.Value };

    public static QuietHoursMessage? ToMessage(DomainQuietHours? hours) => hours is null
        ? null
        : new QuietHoursMessage { Start = QuietHoursResponse.Format(hours.Start), End = QuietHoursResponse.Format(hours.End) };

    /// <summary>
    /// The contract's consent has no purpose, ours has one per purpose. Per channel: DENIED when any purpose is withdrawn
    /// (the cautious reading), else GRANTED; the exact answer for one purpose is GetContactPolicy's.
    /// </summary>
    public static IEnumerable<ChannelConsent> ChannelConsents(Customer customer) => customer.Consents
        .GroupBy(c => c.Channel)
        .Select(channel => new ChannelConsent
        {
            Channel = channel.Key,
            Status = channel.All(c => c.Granted) ? ConsentStatus.Granted : ConsentStatus.Denied,
            UpdatedAt = Timestamp.FromDateTimeOffset(channel.Max(c => c.ChangedAt)),
        });
}
