using CxPlatform.Bench.Common.Reporting;

namespace CxPlatform.Bench.Outbox.Benchmarks;

/// <param name="CommitToConsumed">From just before SaveChanges to the end of the consumer's inbox transaction: the target's measure.</param>
/// <param name="CommitToConfirmed">The dispatcher's own <c>cxp.outbox.lag</c>: from the outbox row's creation to the broker's confirm.</param>
/// <param name="SaveChanges">How long each single-event SaveChanges took (part of <paramref name="CommitToConsumed"/>).</param>
public sealed record OutboxLatencyResult(
    int Rate,
    int Seconds,
    int Writers,
    int Events,
    double AchievedRate,
    int Consumed,
    int Redelivered,
    LatencySummary CommitToConsumed,
    LatencySummary CommitToConfirmed,
    LatencySummary SaveChanges);
