namespace CxPlatform.Surveys.Domain;

/// <summary>What starts a distribution rule: a solved ticket, a completed care outreach (the care feedback sheet), an API call, or a schedule.</summary>
public static class DistributionTriggers
{
    public const string TicketSolved = "ticket_solved";
    public const string OutreachCompleted = "outreach_completed";

    /// <summary>Invitations created through <c>POST …/invitations</c>; such a rule plans nothing, it documents the survey's use.</summary>
    public const string Api = "api";

    /// <summary>Periodic (relationship NPS): each run invites the customers Surveys saw in events within the look-back window.</summary>
    public const string Schedule = "schedule";

    public static readonly IReadOnlyList<string> All = [TicketSolved, OutreachCompleted, Api, Schedule];
}
