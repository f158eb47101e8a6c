namespace CxPlatform.Bench.Ticketing.Queues;

/// <param name="TermMatches">Per search term: tickets matching in subject or description, and tickets matching in their conversation.</param>
public sealed record SeedResult(
    int Tickets,
    long Messages,
    IReadOnlyList<Guid> Groups,
    SeedTimings Seconds,
    double TicketsMegabytes,
    double MessagesMegabytes,
    IReadOnlyDictionary<string, long> Statuses,
    IReadOnlyDictionary<string, long> TagCounts,
    IReadOnlyDictionary<string, TermMatches> TermMatches);
