namespace CxPlatform.Contracts;

/// <summary>What GetMetrics can filter and split by; team is a Ticketing group id, agent an agent's subject id.</summary>
public static class MetricDimensions
{
    public const string Channel = "channel";
    public const string Team = "team";
    public const string Agent = "agent";
    public const string TicketType = "ticket_type";
    public const string Priority = "priority";
    public const string SurveyKind = "survey_kind";
    public const string CareGoal = "care_goal";

    public static readonly IReadOnlyList<string> All = [Channel, Team, Agent, TicketType, Priority, SurveyKind, CareGoal];
}
