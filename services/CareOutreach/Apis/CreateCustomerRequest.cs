using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain;
using CxPlatform.Contracts;
using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Care.Apis;

/// <summary>A new profile: at least one contact point (what identifies the customer), the rest optional.</summary>
public sealed record CreateCustomerRequest(
    [Required, MinLength(1), MaxLength(20)] IReadOnlyList<ContactPointRequest> ContactPoints,
    [StringLength(CustomerLimits.NameLength)] string? FullName = null,
    [StringLength(CustomerLimits.NameLength)] string? PreferredName = null,
    [LanguageTag] string? Language = null,
    [IanaTimeZone] string? TimeZone = null,
    [ValueSet(typeof(ContactChannels))] string? PreferredChannel = null,
    QuietHoursRequest? QuietHours = null,
    [TagList] IReadOnlyList<string>? Interests = null,
    [TagList] IReadOnlyList<string>? Likes = null,
    [TagList] IReadOnlyList<string>? Dislikes = null)
{
    public CustomerDetailsChange ToDetails() => CustomerDetailsMapping.From(
        FullName, PreferredName, Language, TimeZone, PreferredChannel, QuietHours, Interests, Likes, Dislikes);
}
