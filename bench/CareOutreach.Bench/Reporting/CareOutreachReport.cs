using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.CareOutreach.Latency;
using CxPlatform.Bench.CareOutreach.Policy;

namespace CxPlatform.Bench.CareOutreach.Reporting;

/// <param name="LoadAverages">The 1/5/15-minute load average at each stage of the run.</param>
/// <param name="ServiceEnvironment">The environment the CareOutreach service ran in.</param>
public sealed record CareOutreachReport(
    DateTimeOffset StartedAt,
    MachineInfo Machine,
    IReadOnlyDictionary<string, string> LoadAverages,
    BenchOptions Options,
    string PostgresImage,
    string RabbitMqImage,
    string ServiceEnvironment,
    EventLatencyResult Events,
    PolicyResult Policy);
