using CxPlatform.Bench.Common.Reporting;

namespace CxPlatform.Bench.CareOutreach.Latency;

/// <summary>
/// SlaBreached published at a fixed rate: event -> task is from just before <c>Publish</c> until the NOTIFY of the task's
/// commit arrived; publish is how long MassTransit's publish (with the broker's confirm) took.
/// </summary>
public sealed record EventLatencyResult(
    int Rate, int Seconds, int WarmUp, int Events, int Tasks, double OfferedPerSecond, int LateStarts, int PublishErrors, string? FirstError,
    LatencySummary EventToTask, LatencySummary Publish, CpuUse? Cpu)
{
    public const double P99TargetMs = 100;

    public int Missing => Events - Tasks;

    public bool P99Met => Missing == 0 && PublishErrors == 0 && EventToTask.P99 < P99TargetMs;
}
