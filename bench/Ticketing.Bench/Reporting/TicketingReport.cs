using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.Ticketing.Creation;
using CxPlatform.Bench.Ticketing.Queues;

namespace CxPlatform.Bench.Ticketing.Reporting;

/// <param name="LoadAverages">The 1/5/15-minute load average at each stage of the run.</param>
/// <param name="ServiceEnvironment">The environment the Ticketing service ran in.</param>
public sealed record TicketingReport(
    DateTimeOffset StartedAt,
    MachineInfo Machine,
    IReadOnlyDictionary<string, string> LoadAverages,
    BenchOptions Options,
    string PostgresImage,
    string RabbitMqImage,
    string ServiceEnvironment,
    CreationResult? Creation,
    SeedResult? Seed,
    IReadOnlyList<QueueResult>? Queues)
{
    public bool QueuesMet => Queues is { Count: > 0 } queues && queues.All(q => q.P95Met);
}
