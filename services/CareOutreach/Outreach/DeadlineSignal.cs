namespace CxPlatform.Care.Outreach;

/// <summary>
/// Wakes this replica's <see cref="DeadlineScheduler"/> when a deadline is written before the instant it sleeps until.
/// Writers notify before they commit, so a notification is a reason to look again, not a fact: at worst it costs one extra query.
/// </summary>
public abstract class DeadlineSignal
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _notified;
    private DateTimeOffset? _sleepingUntil;
    private TaskCompletionSource? _wake;

    public void Notify(DateTimeOffset deadline)
    {
        lock (_gate)
        {
            _notified = _notified is { } earlier && earlier <= deadline ? earlier : deadline;
            if (_wake is not null && (_sleepingUntil is null || deadline < _sleepingUntil))
            {
                _wake.TrySetResult();
                _wake = null;
            }
        }
    }

    /// <summary>The scheduler is about to look at the database: what was notified so far it will see (once committed).</summary>
    internal void Looking()
    {
        lock (_gate)
        {
            (_notified, _wake) = (null, null);
        }
    }

    /// <summary>Completes when a deadline before <paramref name="wakeAt"/> is notified (at once if one was, since the last look).</summary>
    internal Task SleepUntil(DateTimeOffset? wakeAt)
    {
        lock (_gate)
        {
            if (_notified is { } notified && (wakeAt is null || notified < wakeAt))
            {
                return Task.CompletedTask;
            }
            _sleepingUntil = wakeAt;
            _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _wake.Task;
        }
    }
}
