namespace CxPlatform.Care.Domain;

/// <summary>Why a contact is not allowed now; frequency caps are not decided yet, so none is ever reported.</summary>
public enum ContactDenial
{
    None,
    NoConsent,
    OptedOut,
    QuietHours,
    NoContactPoint,
}
