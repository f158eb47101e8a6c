namespace CxPlatform.Insights.Domain;

/// <summary>Timeline kinds of the platform's own integration events (external touchpoints use <c>TouchpointKinds</c>).</summary>
public static class PlatformKinds
{
    public const string TicketCreated = "ticket_created";
    public const string TicketAssigned = "ticket_assigned";
    public const string TicketReplied = "ticket_replied";
    public const string TicketStatusChanged = "ticket_status_changed";
    public const string TicketSolved = "ticket_solved";
    public const string TicketReopened = "ticket_reopened";
    public const string SlaBreached = "sla_breached";
    public const string CustomerProfileChanged = "customer_profile_changed";
    public const string OutreachScheduled = "outreach_scheduled";
    public const string OutreachCompleted = "outreach_completed";
    public const string CareGoalMissed = "care_goal_missed";
    public const string SurveyInvitationSent = "survey_invitation_sent";
    public const string SurveyResponded = "survey_responded";

    public static readonly IReadOnlyList<string> All =
    [
        TicketCreated, TicketAssigned, TicketReplied, TicketStatusChanged, TicketSolved, TicketReopened, SlaBreached,
        CustomerProfileChanged, OutreachScheduled, OutreachCompleted, CareGoalMissed, SurveyInvitationSent, SurveyResponded,
    ];
}
