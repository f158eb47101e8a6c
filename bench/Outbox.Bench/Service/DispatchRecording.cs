using System.Collections.Concurrent;
using System.Diagnostics;

namespace CxPlatform.Bench.Outbox.Service;

/// <summary>What the dispatcher reported during one run: how many it got confirmed, when the last was, and each commit-to-confirm lag.</summary>
public sealed class DispatchRecording(int expected)
{
    private readonly ConcurrentQueue<double> _lagMs = new();
    private readonly TaskCompletionSource<long> _allConfirmed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _confirmed;

    public long Confirmed => Interlocked.Read(ref _confirmed);

    public void RecordConfirmed(long count)
    {
        if (Interlocked.Add(ref _confirmed, count) >= expected)
        {
            _allConfirmed.TrySetResult(Stopwatch.GetTimestamp());
        }
    }

    public void RecordLag(double milliseconds) => _lagMs.Enqueue(milliseconds);

    /// <returns>The Stopwatch timestamp when the last expected message was confirmed, or null if that did not happen yet.</returns>
    public long? AllConfirmedAt => _allConfirmed.Task.IsCompletedSuccessfully ? _allConfirmed.Task.Result : null;

    public double[] LagsMs() => [.. _lagMs];
}
