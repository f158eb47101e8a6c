namespace CxPlatform.Contracts;

/// <summary>The parts of a customer profile that CustomerProfileChanged reports as changed.</summary>
public static class CustomerProfileFields
{
    public const string Name = "name";
    public const string ContactPoints = "contact_points";
    public const string PreferredChannel = "preferred_channel";
    public const string Language = "language";
    public const string TimeZone = "time_zone";
    public const string QuietHours = "quiet_hours";
    public const string Interests = "interests";
    public const string Consent = "consent";
    public const string MergedInto = "merged_into";

    public static readonly IReadOnlyList<string> All = [Name, ContactPoints, PreferredChannel, Language, TimeZone, QuietHours, Interests, Consent, MergedInto];
}
