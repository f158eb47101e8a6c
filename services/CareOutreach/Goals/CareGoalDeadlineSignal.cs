using CxPlatform.Care.Outreach;

namespace CxPlatform.Care.Goals;

/// <summary>Wakes this replica's <see cref="CareGoalMissScheduler"/> when an obligation is planned due before the instant it sleeps until.</summary>
public sealed class CareGoalDeadlineSignal : DeadlineSignal;
