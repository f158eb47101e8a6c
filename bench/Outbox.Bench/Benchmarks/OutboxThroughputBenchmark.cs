using System.Diagnostics;
using CxPlatform.Bench.Outbox.Service;

namespace CxPlatform.Bench.Outbox.Benchmarks;

/// <summary>
/// Commits events in batches of aggregates (one stream each) as fast as the writers can, and times first commit to last
/// consumption: outbox row, NOTIFY, dispatcher, publish with confirm, broker, consumer, inbox transaction.
/// </summary>
public static class OutboxThroughputBenchmark
{
    public const int Writers = 2;

    public static async Task<OutboxThroughputResult> RunAsync(BenchService service, string run, int events, int batchSize, CancellationToken cancellationToken)
    {
        var consumption = service.Consumptions.Begin(run, events);
        var dispatch = service.Dispatches.Begin(events);
        var batches = (events + batchSize - 1) / batchSize;
        var nextBatch = -1;

        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(async _ =>
        {
            int batch;
            while ((batch = Interlocked.Increment(ref nextBatch)) < batches)
            {
                var size = Math.Min(batchSize, events - (batch * batchSize));
                await service.RecordPulsesAsync(run, size, cancellationToken);
            }
        }));
        var inserted = Stopwatch.GetElapsedTime(started);
        var allConsumedAt = await consumption.WaitForAllAsync(TimeSpan.FromSeconds(60 + (events / 200)));

        return new OutboxThroughputResult(
            events,
            batchSize,
            Writers,
            consumption.MessageBytes,
            inserted.TotalSeconds,
            SecondsSince(started, dispatch.AllConfirmedAt),
            SecondsSince(started, allConsumedAt),
            consumption.Consumed,
            consumption.Redelivered);
    }

    private static double? SecondsSince(long started, long? timestamp) =>
        timestamp is { } at ? Stopwatch.GetElapsedTime(started, at).TotalSeconds : null;
}
