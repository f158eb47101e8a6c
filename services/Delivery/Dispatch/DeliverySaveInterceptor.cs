using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace CxPlatform.Delivery.Dispatch;

/// <summary>
/// Notices saves that enqueue deliveries, whichever endpoint or consumer makes them. A save in its own transaction wakes the
/// dispatcher once saved; a save inside a longer transaction (a consumer's inbox, an idempotent request) leaves that to
/// <see cref="DeliveryCommitInterceptor"/>, because until the commit the dispatcher could not see the rows.
/// </summary>
internal sealed class DeliverySaveInterceptor(DeliverySignal signal, DeliveryCommitInterceptor commits) : SaveChangesInterceptor
{
    private static readonly object Saving = new();
    private readonly ConditionalWeakTable<DbContext, object> _savingOnTheirOwn = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Watch(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Watch(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfWatched(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyIfWatched(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Watch(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.Entries<DeliveryRecord>().Any(entry => entry.State == EntityState.Added))
        {
            return;
        }
        if (context.Database.CurrentTransaction is { } transaction)
        {
            commits.Watch(transaction.GetDbTransaction());
        }
        else
        {
            _savingOnTheirOwn.AddOrUpdate(context, Saving);
        }
    }

    private void NotifyIfWatched(DbContext? context)
    {
        if (context is not null && _savingOnTheirOwn.Remove(context))
        {
            signal.Notify();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _savingOnTheirOwn.Remove(context);
        }
    }
}
