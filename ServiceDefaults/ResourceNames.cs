namespace CxPlatform.ServiceDefaults;

/// <summary>Names of the resources the AppHost declares and the services consume, kept in one place.</summary>
public static class ResourceNames
{
    public const string Messaging = "messaging";
    public const string Postgres = "postgres";

    public const string Ticketing = "ticketing";
    public const string CareOutreach = "care-outreach";
    public const string Surveys = "surveys";
    public const string Insights = "insights";

    public const string TicketingDb = "ticketingdb";
    public const string CareOutreachDb = "careoutreachdb";
    public const string SurveysDb = "surveysdb";
    public const string InsightsDb = "insightsdb";
}
