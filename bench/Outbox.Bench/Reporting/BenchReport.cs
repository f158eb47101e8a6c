using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.Outbox.Benchmarks;

namespace CxPlatform.Bench.Outbox.Reporting;

public sealed record BenchReport(
    DateTimeOffset StartedAt,
    MachineInfo Machine,
    string LoadAverageBefore,
    string LoadAverageAfter,
    BenchOptions Options,
    string PostgresImage,
    string RabbitMqImage,
    RawPublishResult Raw,
    OutboxThroughputResult Outbox,
    OutboxLatencyResult Latency,
    int ConsumerFaults)
{
    public double ThroughputRatioTarget => 0.5;
    public double LatencyP99TargetMs => 50;

    /// <summary>Outbox events consumed per second over raw messages confirmed per second.</summary>
    public double? ThroughputRatio => Outbox.ConsumedPerSecond is { } outbox ? Math.Round(outbox / Raw.MessagesPerSecond, 3) : null;

    public bool ThroughputTargetMet => ThroughputRatio >= ThroughputRatioTarget;

    /// <summary>The dispatcher alone (events confirmed by the broker per second) over raw: a diagnosis, not the target.</summary>
    public double? DispatchRatio => Outbox.ConfirmedPerSecond is { } confirmed ? Math.Round(confirmed / Raw.MessagesPerSecond, 3) : null;

    public bool LatencyTargetMet => Latency.Consumed == Latency.Events && Latency.CommitToConsumed.P99 < LatencyP99TargetMs;
}
