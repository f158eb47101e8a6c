namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>The integration events a playbook can start from, one per consumed event type.</summary>
public static class PlaybookTriggers
{
    public const string SlaBreached = "sla_breached";
    public const string TicketSolved = "ticket_solved";
    public const string SurveyResponded = "survey_responded";
    public const string CustomerAtRisk = "customer_at_risk";
    public const string TouchpointRecorded = "touchpoint_recorded";

    public static readonly IReadOnlyList<string> All = [SlaBreached, TicketSolved, SurveyResponded, CustomerAtRisk, TouchpointRecorded];
}
