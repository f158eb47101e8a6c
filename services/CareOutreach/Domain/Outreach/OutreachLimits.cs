namespace CxPlatform.Care.Domain.Outreach;

public static class OutreachLimits
{
    public const int AgentIdLength = 200;
    public const int NotesLength = 4000;
    public const int ReasonLength = 1000;
}
