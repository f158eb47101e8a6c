namespace CxPlatform.Care.Domain.Playbooks;

public static class PlaybookLimits
{
    public const int NameLength = 200;
    public const int DescriptionLength = 2000;
    public const int MaxPlaybooksPerTenant = 200;
    public const int MaxTemplates = 30;
    public const int MaxConditionValues = 50;

    /// <summary>How long after the event a task may wait before it becomes actionable: 90 days.</summary>
    public const int MaxStartAfterMinutes = 90 * 24 * 60;
}
