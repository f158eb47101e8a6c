namespace CxPlatform.Surveys.Distribution;

public enum ContactVerdictKind
{
    Allowed,
    Skip,
    Defer,
    Unavailable,
}
