namespace CxPlatform.Delivery.Dispatch;

/// <summary>Wakes this replica's dispatcher when a transaction that enqueued deliveries has committed.</summary>
internal sealed class DeliverySignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Volatile.Read(ref _next).TrySetResult();

    /// <summary>
    /// Called before the dispatcher looks for due deliveries: the task completes at the next notification. A commit
    /// notified earlier is seen by that look, so no notification is lost between looking and sleeping.
    /// </summary>
    public Task NextNotification()
    {
        var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _next, next);
        return next.Task;
    }
}
