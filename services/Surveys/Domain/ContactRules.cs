namespace CxPlatform.Surveys.Domain;

/// <summary>The contact rules, as recorded on a planned invitation they skipped or deferred.</summary>
public static class ContactRules
{
    public const string Throttled = "throttled";
    public const string RecentApology = "recent_apology";
    public const string OpenTicket = "open_ticket";
    public const string OptedOut = "opted_out";
    public const string NoConsent = "no_consent";
    public const string NoContactPoint = "no_contact_point";
    public const string QuietHours = "quiet_hours";
    public const string FrequencyCap = "frequency_cap";
    public const string OpenTicketsUnavailable = "open_tickets_unavailable";
    public const string ContactPolicyUnavailable = "contact_policy_unavailable";

    /// <summary>The customer prefers a channel Surveys cannot use (no webhook, or phone / postal mail) and has no usable e-mail.</summary>
    public const string NoUsableChannel = "no_usable_channel";

    /// <summary><c>Surveys:PublicBaseUrl</c> is not configured: there is no link to send.</summary>
    public const string NoPublicLink = "no_public_link";

    /// <summary>The reminder was not needed: answered, expired or the first message was never sent.</summary>
    public const string ReminderNotNeeded = "not_needed";
}
