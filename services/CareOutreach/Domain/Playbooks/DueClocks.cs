namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>How a due offset is counted: in the care team's business hours, or on the plain calendar.</summary>
public static class DueClocks
{
    public const string BusinessHours = "business_hours";
    public const string Calendar = "calendar";

    public static readonly IReadOnlyList<string> All = [BusinessHours, Calendar];
}
