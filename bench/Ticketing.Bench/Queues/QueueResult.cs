using CxPlatform.Bench.Ticketing.Load;

namespace CxPlatform.Bench.Ticketing.Queues;

/// <param name="Items">Tickets on the page the queue returned.</param>
/// <param name="Plan">EXPLAIN (ANALYZE, BUFFERS) of the SQL the request ran, with <c>--explain</c>.</param>
public sealed record QueueResult(string Name, string Query, int Items, LoadResult Load, string? Plan)
{
    public const double P95TargetMs = 20;

    public bool P95Met => Load.Errors == 0 && Load.Latency.P95 < P95TargetMs;
}
