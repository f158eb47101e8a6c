namespace CxPlatform.Contracts;

/// <summary>Ticket priorities; SLA policies are defined per priority.</summary>
public static class TicketPriorities
{
    public const string Low = "low";
    public const string Normal = "normal";
    public const string High = "high";
    public const string Urgent = "urgent";

    public static readonly IReadOnlyList<string> All = [Low, Normal, High, Urgent];
}
