namespace CxPlatform.Contracts;

/// <summary>What kind of help a ticket asks for.</summary>
public static class TicketTypes
{
    public const string Question = "question";
    public const string Incident = "incident";
    public const string Problem = "problem";
    public const string Return = "return";
    public const string Complaint = "complaint";

    public static readonly IReadOnlyList<string> All = [Question, Incident, Problem, Return, Complaint];
}
