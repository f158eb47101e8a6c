namespace CxPlatform.Care.Domain;

/// <summary>Why a contact is not allowed now; see <see cref="ContactRules"/> for the codes recorded and answered.</summary>
public enum ContactDenial
{
    None,
    NoConsent,
    OptedOut,
    QuietHours,
    NoContactPoint,
    FrequencyCapDay,
    FrequencyCapWeek,
}
