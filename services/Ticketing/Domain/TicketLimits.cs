namespace CxPlatform.Ticketing.Domain;

public static class TicketLimits
{
    public const int SubjectLength = 250;
    public const int DescriptionLength = 65_536;
}
