namespace CxPlatform.Care.TimeTriggers;

/// <summary><c>TimeTriggers</c>: the sweep that plans the inactivity and date playbooks.</summary>
public sealed class TimeTriggerOptions
{
    public const string SectionName = "TimeTriggers";

    /// <summary>
    /// How often each replica sweeps (on the business clock). A quiet customer is found at most this late after their N days,
    /// and an anniversary within its day as long as the interval is well under a day.
    /// </summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Customers looked at per transaction.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>The longest pause after a failed sweep, doubling from a quarter second.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);
}
