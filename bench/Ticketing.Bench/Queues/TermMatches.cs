namespace CxPlatform.Bench.Ticketing.Queues;

public sealed record TermMatches(long InTickets, long InMessages);
