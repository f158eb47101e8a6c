namespace CxPlatform.Contracts;

/// <summary>The KPIs Insights serves through GetMetrics; times are in seconds, rates are fractions 0-1, NPS is -100..100.</summary>
public static class MetricNames
{
    public const string TicketVolume = "ticket_volume";
    /// <summary>The median; <see cref="FirstResponseTimeP90"/> is the 90th percentile of the same observations.</summary>
    public const string FirstResponseTime = "first_response_time";
    public const string FirstResponseTimeP90 = "first_response_time_p90";
    /// <summary>The median; <see cref="ResolutionTimeP90"/> is the 90th percentile of the same observations.</summary>
    public const string ResolutionTime = "resolution_time";
    public const string ResolutionTimeP90 = "resolution_time_p90";
    public const string SlaCompliance = "sla_compliance";
    public const string ReopenRate = "reopen_rate";
    public const string Csat = "csat";
    public const string Nps = "nps";
    public const string Ces = "ces";
    public const string SurveyResponseRate = "survey_response_rate";
    public const string CareGoalAttainment = "care_goal_attainment";

    public static readonly IReadOnlyList<string> All = [TicketVolume, FirstResponseTime, ResolutionTime, SlaCompliance, ReopenRate, Csat, Nps, Ces, SurveyResponseRate, CareGoalAttainment,
        FirstResponseTimeP90, ResolutionTimeP90];
}
