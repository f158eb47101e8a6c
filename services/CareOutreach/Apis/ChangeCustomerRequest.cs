using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Care.Apis;

/// <summary>
/// A partial change: an absent (or null) field stays as it is, an empty string clears it, a list replaces the old list, and
/// <c>"quietHours": {}</c> removes the quiet hours. Contact points and consent have their own endpoints.
/// </summary>
public sealed record ChangeCustomerRequest(
    [StringLength(CustomerLimits.NameLength)] string? FullName = null,
    [StringLength(CustomerLimits.NameLength)] string? PreferredName = null,
    [LanguageTag] string? Language = null,
    [IanaTimeZone] string? TimeZone = null,
    [ValueSet(typeof(ContactChannelsOrEmpty))] string? PreferredChannel = null,
    QuietHoursRequest? QuietHours = null,
    [TagList] IReadOnlyList<string>? Interests = null,
    [TagList] IReadOnlyList<string>? Likes = null,
    [TagList] IReadOnlyList<string>? Dislikes = null)
{
    public CustomerDetailsChange ToChange() => CustomerDetailsMapping.From(
        FullName, PreferredName, Language, TimeZone, PreferredChannel, QuietHours, Interests, Likes, Dislikes);
}
