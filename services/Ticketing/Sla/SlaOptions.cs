namespace CxPlatform.Ticketing.Sla;

public sealed class SlaOptions
{
    public const string SectionName = "Sla";

    /// <summary>
    /// How often a sleeping scheduler looks again for deadlines written by other replicas (its own writes wake it at once).
    /// A breach written by another replica is therefore detected at most this late, and only if this replica's due instant
    /// comes first; the writing replica itself sleeps until it.
    /// </summary>
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Targets claimed per transaction.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>The longest pause after a failure (database down, a conflicting write), doubling from a quarter second.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(10);
}
