using System.Diagnostics;

namespace CxPlatform.Bench.Ticketing.Load;

/// <summary>
/// A fixed number of clients, each sending its next operation as soon as the previous one answered, until the operations
/// run out; every operation is timed from just before it is sent until its answer has been read.
/// </summary>
public static class ClosedLoop
{
    /// <param name="operation">Runs operation <c>index</c> for client <c>client</c>; returns null on success, else what went wrong.</param>
    public static async Task<LoadRun> RunAsync(
        int operations, int clients, Func<int, int, CancellationToken, Task<string?>> operation, CancellationToken cancellationToken)
    {
        var latenciesMs = new double[operations];
        var errors = 0;
        string? firstError = null;
        var next = -1;

        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < operations)
            {
                var sentAt = Stopwatch.GetTimestamp();
                var error = await operation(client, index, cancellationToken);
                latenciesMs[index] = Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds;
                if (error is not null)
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, error, null);
                }
            }
        }, cancellationToken)));
        return new LoadRun(latenciesMs, Stopwatch.GetElapsedTime(started).TotalSeconds, errors, firstError);
    }
}
