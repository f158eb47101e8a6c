using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CxPlatform.Delivery.Dispatch;

/// <summary>Wakes the dispatcher when a transaction that enqueued deliveries commits; forgets it when it rolls back.</summary>
internal sealed class DeliveryCommitInterceptor(DeliverySignal signal) : DbTransactionInterceptor
{
    private static readonly object Enqueued = new();

    // Weak keys: a transaction disposed without an explicit rollback is forgotten when collected (or, if the driver reuses the
    // object, its next commit wakes the dispatcher once for nothing).
    private readonly ConditionalWeakTable<DbTransaction, object> _watched = new();

    public void Watch(DbTransaction transaction) => _watched.AddOrUpdate(transaction, Enqueued);

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (_watched.Remove(transaction))
        {
            signal.Notify();
        }
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _watched.Remove(transaction);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _watched.Remove(transaction);
        return Task.CompletedTask;
    }
}
