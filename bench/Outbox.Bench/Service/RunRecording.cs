using System.Collections.Concurrent;
using System.Diagnostics;

namespace CxPlatform.Bench.Outbox.Service;

/// <summary>The consumptions of one run: commit-to-consumed latency per event, redeliveries counted once.</summary>
public sealed class RunRecording(string run, int expected)
{
    private readonly ConcurrentDictionary<Guid, double> _latencyMs = new();
    private readonly TaskCompletionSource<long> _allConsumed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _consumed;
    private int _redelivered;
    private long _messageBytes;

    public int Consumed => Volatile.Read(ref _consumed);
    public int Redelivered => Volatile.Read(ref _redelivered);

    /// <summary>The size of the last message body as it crossed the broker (MassTransit's envelope included).</summary>
    public long MessageBytes => Interlocked.Read(ref _messageBytes);

    public void Record(PulseRecorded pulse, long consumedTimestamp, long? bodyBytes)
    {
        if (pulse.Run != run)
        {
            return;
        }
        if (!_latencyMs.TryAdd(pulse.EventId, Stopwatch.GetElapsedTime(pulse.SavedAtTimestamp, consumedTimestamp).TotalMilliseconds))
        {
            Interlocked.Increment(ref _redelivered);
            return;
        }
        if (bodyBytes is { } bytes)
        {
            Interlocked.Exchange(ref _messageBytes, bytes);
        }
        if (Interlocked.Increment(ref _consumed) == expected)
        {
            _allConsumed.TrySetResult(consumedTimestamp);
        }
    }

    /// <returns>The Stopwatch timestamp of the last first-time consumption, or null when not all arrived in time.</returns>
    public async Task<long?> WaitForAllAsync(TimeSpan timeout)
    {
        try
        {
            return await _allConsumed.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    public double[] LatenciesMs() => [.. _latencyMs.Values];
}
