using CxPlatform.ServiceDefaults.Globalization;
using CxPlatform.Care.Domain;

namespace CxPlatform.Care.Apis;

/// <summary>Validated request fields to the domain's change, in canonical spelling (language tag casing).</summary>
internal static class CustomerDetailsMapping
{
    public static CustomerDetailsChange From(
        string? fullName, string? preferredName, string? language, string? timeZone, string? preferredChannel,
        QuietHoursRequest? quietHours, IReadOnlyList<string>? interests, IReadOnlyList<string>? likes, IReadOnlyList<string>? dislikes) => new(
        fullName,
        preferredName,
        LanguageTags.TryNormalize(language, out var normalized) ? normalized : language,
        timeZone,
        preferredChannel,
        ChangeQuietHours: quietHours is not null,
        quietHours?.ToQuietHours(),
        interests,
        likes,
        dislikes);
}
