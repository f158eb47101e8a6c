using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.Surveys.Burst;
using CxPlatform.Bench.Surveys.Responses;

namespace CxPlatform.Bench.Surveys.Reporting;

/// <param name="LoadAverages">The 1/5/15-minute load average at each stage of the run.</param>
/// <param name="ServiceEnvironment">The environment the Surveys service ran in.</param>
public sealed record SurveysReport(
    DateTimeOffset StartedAt,
    MachineInfo Machine,
    IReadOnlyDictionary<string, string> LoadAverages,
    BenchOptions Options,
    string PostgresImage,
    string RabbitMqImage,
    string ServiceEnvironment,
    BurstResult? Burst,
    ResponseResult? Responses);
