namespace CxPlatform.Surveys.Distribution;

/// <summary><c>Distribution</c>: the scheduler that issues planned invitations, sends reminders and expires invitations.</summary>
public sealed class DistributionOptions
{
    public const string SectionName = "Distribution";

    /// <summary>How often a sleeping scheduler looks again for work planned since (by this or another replica).</summary>
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Rows claimed per transaction; the contact checks of a batch run while its rows are locked.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>When Ticketing or CareOutreach cannot answer: retry after 5 min, 10 min, … up to this, …</summary>
    public TimeSpan UnavailableMaxBackoff { get; set; } = TimeSpan.FromHours(2);

    public TimeSpan UnavailableFirstBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>… and skip the invitation after this many attempts in a row without an answer.</summary>
    public int UnavailableMaxAttempts { get; set; } = 6;
}
