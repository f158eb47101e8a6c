namespace CxPlatform.Care.Domain.Outreach;

/// <summary>An outreach task's lifecycle: scheduled → due → in_progress → done | skipped | failed.</summary>
public static class OutreachStatuses
{
    public const string Scheduled = "scheduled";
    public const string Due = "due";
    public const string InProgress = "in_progress";
    public const string Done = "done";
    public const string Skipped = "skipped";
    public const string Failed = "failed";

    public static readonly IReadOnlyList<string> All = [Scheduled, Due, InProgress, Done, Skipped, Failed];

    /// <summary>Still to be worked: what queues show unless asked otherwise.</summary>
    public static readonly IReadOnlyList<string> Open = [Scheduled, Due, InProgress];

    public static bool IsFinal(string status) => status is Done or Skipped or Failed;
}
