namespace CxPlatform.Care.Outreach;

/// <summary><c>Outreach</c>: the scheduler that makes scheduled outreach tasks due.</summary>
public sealed class OutreachOptions
{
    public const string SectionName = "Outreach";

    /// <summary>
    /// How often a sleeping scheduler looks again for tasks other replicas scheduled (this replica's own wake it at once), so
    /// such a task becomes due at most this late when it comes before everything this replica knew of.
    /// </summary>
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Tasks claimed per transaction.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>The longest pause after a failure, doubling from a quarter second.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(10);
}
