using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.Care.Domain.Settings;

namespace CxPlatform.Care.Domain.Goals;

/// <summary>The goals every tenant starts with, each linked to the default playbook of the same key.</summary>
public static class DefaultCareGoals
{
    public static IReadOnlyList<(string PlaybookKey, CareGoalDefinition Definition)> All { get; } =
    [
        (DefaultPlaybooks.SlaBreachApology, new CareGoalDefinition(
            "95% of SLA breaches apologised for within 2 business hours",
            "Each breached SLA gets a personal apology by the apology task's due time.",
            CareSettings.DefaultTeam, [], 0.95, GoalPeriods.Month)),
        (DefaultPlaybooks.DetractorRecovery, new CareGoalDefinition(
            "Every detractor contacted within 24 hours",
            "Each detractor (NPS 6 or less, CSAT 2 or less) is reached within a day.",
            CareSettings.DefaultTeam, [], 1.0, GoalPeriods.Week)),
    ];
}
