namespace CxPlatform.Ticketing.Domain;

/// <summary>requested → approved → received → refunded, or rejected from any state before refunded.</summary>
public static class ReturnStates
{
    public const string Requested = "requested";
    public const string Approved = "approved";
    public const string Received = "received";
    public const string Refunded = "refunded";
    public const string Rejected = "rejected";

    public static readonly IReadOnlyList<string> All = [Requested, Approved, Received, Refunded, Rejected];

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        [Requested] = [Approved, Rejected],
        [Approved] = [Received, Rejected],
        [Received] = [Refunded, Rejected],
        [Refunded] = [],
        [Rejected] = [],
    };

    public static bool CanMove(string from, string to) => Allowed[from].Contains(to);

    public static IReadOnlyList<string> NextFrom(string from) => Allowed[from];
}
