namespace CxPlatform.Contracts;

/// <summary>Why Insights considers a customer at risk.</summary>
public static class RiskReasons
{
    public const string DetractorResponse = "detractor_response";
    public const string LowSatisfaction = "low_satisfaction";
    public const string SlaBreaches = "sla_breaches";
    public const string RepeatContacts = "repeat_contacts";
    public const string ReopenedTickets = "reopened_tickets";
    public const string NegativeSentiment = "negative_sentiment";
    public const string DecliningActivity = "declining_activity";
    public const string OpenComplaint = "open_complaint";

    public static readonly IReadOnlyList<string> All = [DetractorResponse, LowSatisfaction, SlaBreaches, RepeatContacts, ReopenedTickets, NegativeSentiment, DecliningActivity, OpenComplaint];
}
