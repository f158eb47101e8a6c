namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>
/// What a playbook starts from: one of the consumed integration events (<see cref="Events"/>), or time (<see cref="Time"/>):
/// a customer quiet for N days, or a date of the customer's coming round again. The time triggers are found by
/// CareOutreach's own sweep instead of arriving on the broker.
/// </summary>
public static class PlaybookTriggers
{
    public const string SlaBreached = "sla_breached";
    public const string TicketSolved = "ticket_solved";
    public const string SurveyResponded = "survey_responded";
    public const string CustomerAtRisk = "customer_at_risk";
    public const string TouchpointRecorded = "touchpoint_recorded";

    /// <summary>No activity of the customer for the playbook's <c>inactiveDays</c>; once per quiet spell.</summary>
    public const string Inactivity = "inactivity";

    /// <summary>The anniversary of a date of the customer's (<see cref="PlaybookDateKinds"/>), in the customer's time zone; once a year.</summary>
    public const string Date = "date";

    public static readonly IReadOnlyList<string> Events = [SlaBreached, TicketSolved, SurveyResponded, CustomerAtRisk, TouchpointRecorded];

    public static readonly IReadOnlyList<string> Time = [Inactivity, Date];

    public static readonly IReadOnlyList<string> All = [.. Events, .. Time];

    /// <summary>
    /// The events that show the customer active (and re-arm an inactivity playbook): their tickets, survey answers and
    /// touchpoints. <see cref="CustomerAtRisk"/> is Insights' judgement about them, not something they did.
    /// </summary>
    public static readonly IReadOnlyList<string> CustomerActivity = [SlaBreached, TicketSolved, SurveyResponded, TouchpointRecorded];
}
