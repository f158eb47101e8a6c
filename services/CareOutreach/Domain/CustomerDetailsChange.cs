namespace CxPlatform.Care.Domain;

/// <summary>
/// A change to a profile's details: null leaves a field as it is, an empty string clears it; lists replace the old list.
/// <see cref="QuietHours"/> applies only when <see cref="ChangeQuietHours"/> is set (null then clears it).
/// </summary>
public sealed record CustomerDetailsChange(
    string? FullName = null,
    string? PreferredName = null,
    string? Language = null,
    string? TimeZone = null,
    string? PreferredChannel = null,
    bool ChangeQuietHours = false,
    QuietHours? QuietHours = null,
    IReadOnlyList<string>? Interests = null,
    IReadOnlyList<string>? Likes = null,
    IReadOnlyList<string>? Dislikes = null);
