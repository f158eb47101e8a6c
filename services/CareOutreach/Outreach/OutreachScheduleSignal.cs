namespace CxPlatform.Care.Outreach;

/// <summary>Wakes this replica's <see cref="OutreachDueScheduler"/> when a task is scheduled before the instant it sleeps until.</summary>
public sealed class OutreachScheduleSignal : DeadlineSignal;
