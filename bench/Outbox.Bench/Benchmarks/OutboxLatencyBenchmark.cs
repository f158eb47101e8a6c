using System.Diagnostics;
using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.Outbox.Service;

namespace CxPlatform.Bench.Outbox.Benchmarks;

/// <summary>
/// Commits single events on a fixed schedule (event i is due at start + i/rate, so a slow commit does not slow the offered
/// load) and records, per event, commit to consumed.
/// </summary>
public static class OutboxLatencyBenchmark
{
    public const string Run = "latency";

    public static async Task<OutboxLatencyResult> RunAsync(BenchService service, int rate, int seconds, int writers, CancellationToken cancellationToken)
    {
        var events = rate * seconds;
        var consumption = service.Consumptions.Begin(Run, events);
        var dispatch = service.Dispatches.Begin(events);
        var saveChangesMs = new double[events];
        var next = -1;

        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < events)
            {
                var due = started + (long)(index * (double)Stopwatch.Frequency / rate);
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }
                saveChangesMs[index] = (await service.RecordPulsesAsync(Run, 1, cancellationToken)).TotalMilliseconds;
            }
        }));
        var writing = Stopwatch.GetElapsedTime(started);
        await consumption.WaitForAllAsync(TimeSpan.FromSeconds(60));

        return new OutboxLatencyResult(
            rate,
            seconds,
            writers,
            events,
            Math.Round(events / writing.TotalSeconds, 1),
            consumption.Consumed,
            consumption.Redelivered,
            LatencySummary.Of(consumption.LatenciesMs()),
            LatencySummary.Of(dispatch.LagsMs()),
            LatencySummary.Of(saveChangesMs));
    }
}
