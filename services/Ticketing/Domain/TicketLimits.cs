namespace CxPlatform.Ticketing.Domain;

public static class TicketLimits
{
    public const int SubjectLength = 250;
    public const int DescriptionLength = 65_536;
    public const int MessageLength = 65_536;
    public const int MaxTags = 30;
    public const int TagLength = 50;
    public const string TagPattern = "^[a-z0-9][a-z0-9_:.-]{0,49}$";
}
