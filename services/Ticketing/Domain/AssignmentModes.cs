namespace CxPlatform.Ticketing.Domain;

/// <summary>How a group hands a ticket to one of its agents when nobody picked one.</summary>
public static class AssignmentModes
{
    public const string Manual = "manual";
    public const string RoundRobin = "round_robin";
    public const string LeastOpen = "least_open";

    public static readonly IReadOnlyList<string> All = [Manual, RoundRobin, LeastOpen];
}
