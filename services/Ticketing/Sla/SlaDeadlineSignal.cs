namespace CxPlatform.Ticketing.Sla;

/// <summary>
/// Wakes this replica's scheduler when a target becomes due before the instant it sleeps until. Writes notify before they
/// commit: the scheduler treats a notified due instant as a time to look again, not as a fact, so a notification that
/// arrives before its commit (or for a write that rolls back) costs at most one extra query.
/// </summary>
public sealed class SlaDeadlineSignal
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _notified;
    private bool _sleeping;
    private DateTimeOffset? _sleepingUntil;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The due instant the sleeping scheduler waits for; null while it is awake or has no due instant to wait for.</summary>
    public DateTimeOffset? SleepingUntil
    {
        get
        {
            lock (_gate)
            {
                return _sleeping ? _sleepingUntil : null;
            }
        }
    }

    public void Notify(DateTimeOffset dueAt)
    {
        lock (_gate)
        {
            if (_notified is null || dueAt < _notified)
            {
                _notified = dueAt;
            }
            if (_sleeping && (_sleepingUntil is null || dueAt < _sleepingUntil))
            {
                _sleeping = false;
                _wake.TrySetResult();
            }
        }
    }

    /// <summary>The scheduler is awake: returns, and forgets, the earliest due instant notified since it last looked.</summary>
    internal DateTimeOffset? Awake()
    {
        lock (_gate)
        {
            _sleeping = false;
            var notified = _notified;
            _notified = null;
            return notified;
        }
    }

    /// <summary>Completes when a due instant before <paramref name="wakeAt"/> is notified (at once if one already was).</summary>
    internal Task SleepUntil(DateTimeOffset? wakeAt)
    {
        lock (_gate)
        {
            _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_notified is { } notified && (wakeAt is null || notified < wakeAt))
            {
                _wake.TrySetResult();
            }
            else
            {
                _sleeping = true;
                _sleepingUntil = wakeAt;
            }
            return _wake.Task;
        }
    }
}
