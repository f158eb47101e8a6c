namespace CxPlatform.Surveys.Domain;

/// <summary>planned (waiting for its instant, possibly deferred) → issued (an invitation exists) or skipped (a contact rule said no).</summary>
public static class PlannedInvitationStatuses
{
    public const string Planned = "planned";
    public const string Issued = "issued";
    public const string Skipped = "skipped";

    public static readonly IReadOnlyList<string> All = [Planned, Issued, Skipped];
}
