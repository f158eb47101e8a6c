using CxPlatform.Contracts;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Queues;

public static class TicketSearch
{
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

    /// <summary>
    /// Tickets whose search document (subject, description, replies and internal notes) matches a web-search style query.
    /// Filters, sorts and pages compose on top; PostgreSQL flattens the subquery, so it can either walk a sort index and test
    /// each ticket's document (common words) or take the matches from the GIN index and sort them (rare words).
    /// </summary>
    public static IQueryable<Ticket> Matching(DbSet<Ticket> tickets, string text) => tickets.FromSqlRaw(MatchingSql, text);

    private const string MatchingSql =
        $$"""SELECT *, xmin FROM tickets WHERE "{{TicketSearchSchema.DocumentColumn}}" @@ websearch_to_tsquery('{{Configuration}}', {0})""";
}
