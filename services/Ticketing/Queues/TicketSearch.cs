using CxPlatform.Contracts;

namespace CxPlatform.Ticketing.Queues;

public static class TicketSearch
{
    /// <summary>The shadow tsvector column on tickets and on messages.</summary>
    public const string VectorProperty = "SearchVector";

    /// <summary>'simple': no stemming, so every tenant's language is searched the same way.</summary>
    public const string Configuration = "simple";

    /// <summary>A stored generated column on tickets ranking priorities (urgent 3 … low 0) for sorting.</summary>
    public const string PriorityRankProperty = "PriorityRank";

    public const string PriorityRankSql =
        "CASE \"Priority\" WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END";

    public static int Rank(string priority) => priority switch
    {
        TicketPriorities.Urgent => 3,
        TicketPriorities.High => 2,
        TicketPriorities.Normal => 1,
        _ => 0,
    };
}
