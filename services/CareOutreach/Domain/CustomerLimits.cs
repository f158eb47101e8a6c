namespace CxPlatform.Care.Domain;

/// <summary>Lengths the database columns and the API agree on.</summary>
public static class CustomerLimits
{
    public const int NameLength = 200;
    public const int ContactPointLength = 320;
    public const int LanguageLength = 35;
    public const int TimeZoneLength = 64;
    public const int TagLength = 100;
    public const int MaxTags = 50;
    public const int NoteLength = 4000;
    public const int SourceLength = 200;
    public const int ActorLength = 200;
}
