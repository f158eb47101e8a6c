namespace CxPlatform.Care.Domain;

/// <summary>The rule codes recorded with every suppressed or deferred contact (and shown on tasks and decisions).</summary>
public static class ContactRules
{
    public const string NoConsent = "no_consent";
    public const string OptedOut = "opted_out";
    public const string QuietHours = "quiet_hours";
    public const string FrequencyCapDay = "frequency_cap_day";
    public const string FrequencyCapWeek = "frequency_cap_week";
    public const string NoContactPoint = "no_contact_point";

    /// <summary>A message for a channel that goes out by webhook, while the tenant has configured none.</summary>
    public const string NoWebhook = "no_webhook";

    public static string Of(ContactDenial denial) => denial switch
    {
        ContactDenial.NoConsent => NoConsent,
        ContactDenial.OptedOut => OptedOut,
        ContactDenial.QuietHours => QuietHours,
        ContactDenial.NoContactPoint => NoContactPoint,
        ContactDenial.FrequencyCapDay => FrequencyCapDay,
        ContactDenial.FrequencyCapWeek => FrequencyCapWeek,
        _ => throw new ArgumentOutOfRangeException(nameof(denial), denial, "An allowed contact has no rule."),
    };

    /// <summary>Quiet hours and caps pass: the contact waits until they do. Everything else needs a person to change something.</summary>
    public static bool IsTemporary(ContactDenial denial) =>
        denial is ContactDenial.QuietHours or ContactDenial.FrequencyCapDay or ContactDenial.FrequencyCapWeek;
}
