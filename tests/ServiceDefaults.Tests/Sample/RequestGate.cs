using System.Collections.Concurrent;

namespace CxPlatform.ServiceDefaults.Tests.Sample;

/// <summary>Lets a test hold a request inside its endpoint (after it wrote, before it answers) until the test releases it.</summary>
public sealed class RequestGate
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _held = new();
    private int _waiting;

    public int Waiting => Volatile.Read(ref _waiting);

    public void Hold(string text) => _held[text] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release(string text)
    {
        if (_held.TryRemove(text, out var gate))
        {
            gate.TrySetResult();
        }
    }

    public async Task PassAsync(string text, CancellationToken cancellationToken)
    {
        if (!_held.TryGetValue(text, out var gate))
        {
            return;
        }
        Interlocked.Increment(ref _waiting);
        try
        {
            await gate.Task.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }
}
