namespace CxPlatform.Care.Domain.Goals;

public static class CareGoalLimits
{
    public const int NameLength = 200;
    public const int DescriptionLength = 2000;
    public const int MaxGoalsPerTenant = 50;
    public const int MaxPlaybooksPerGoal = 20;
}
