namespace CxPlatform.Contracts;

/// <summary>The ticket lifecycle: new → open → pending → on_hold → solved → closed; a solved ticket may reopen until it is closed.</summary>
public static class TicketStatuses
{
    public const string New = "new";
    public const string Open = "open";
    public const string Pending = "pending";
    public const string OnHold = "on_hold";
    public const string Solved = "solved";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> All = [New, Open, Pending, OnHold, Solved, Closed];

    /// <summary>The statuses that count as open work, e.g. for CountOpenTickets.</summary>
    public static readonly IReadOnlyList<string> Unsolved = [New, Open, Pending, OnHold];
}
