using System.Diagnostics;

namespace CxPlatform.Bench.Common.Load;

/// <summary>
/// A fixed arrival schedule: operation <c>i</c> is due at start + <c>i</c> / rate and is started then whether or not earlier
/// ones have answered, so a slow answer does not lower the offered load. Latency runs from the operation's due time (not from
/// when the generator got round to sending it) until it answered, so a late generator counts against the system, not for it.
/// </summary>
public static class OpenLoop
{
    /// <param name="operation">Runs operation <c>index</c>; returns null on success, else what went wrong.</param>
    public static async Task<OpenLoopRun> RunAsync(
        int operations, double perSecond, Func<int, CancellationToken, Task<string?>> operation, CancellationToken cancellationToken)
    {
        var latenciesMs = new double[operations];
        var errors = 0;
        string? firstError = null;
        var lateStarts = 0;
        var inFlight = new Task[operations];
        var started = Stopwatch.GetTimestamp();

        for (var index = 0; index < operations; index++)
        {
            var dueAt = started + (long)(index / perSecond * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), dueAt);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
            else if (wait < -LateStart)
            {
                lateStarts++;
            }
            var current = index;
            inFlight[index] = Task.Run(async () =>
            {
                var error = await operation(current, cancellationToken);
                latenciesMs[current] = Stopwatch.GetElapsedTime(dueAt).TotalMilliseconds;
                if (error is not null)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, error, null);
                }
            }, cancellationToken);
        }
        var offeredSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await Task.WhenAll(inFlight);
        return new OpenLoopRun(latenciesMs, offeredSeconds, Stopwatch.GetElapsedTime(started).TotalSeconds, errors, firstError, lateStarts);
    }

    /// <summary>How late the generator may start an operation before the run counts it as a late start (a sign of a saturated client).</summary>
    public static readonly TimeSpan LateStart = TimeSpan.FromMilliseconds(5);
}
