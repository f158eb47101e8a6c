using Microsoft.EntityFrameworkCore.Storage;

namespace CxPlatform.ServiceDefaults.Data;

/// <summary>
/// A handle on a transaction someone else began: committing and disposing it leave the decision to its owner; rolling it
/// back rolls back the owner's transaction, because the joined work cannot be undone on its own.
/// </summary>
internal sealed class JoinedTransaction(IDbContextTransaction owner) : IDbContextTransaction
{
    public Guid TransactionId => owner.TransactionId;

    public void Commit()
    {
    }

    public Task CommitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public void Rollback() => owner.Rollback();

    public Task RollbackAsync(CancellationToken cancellationToken = default) => owner.RollbackAsync(cancellationToken);

    public void Dispose()
    {
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
