using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CxPlatform.ServiceDefaults.Data;

public static class TransactionExtensions
{
    /// <summary>
    /// Begins a transaction, or joins the one already open on this context (for example the one an idempotent request
    /// runs in), so the caller's work commits together with whatever else that transaction holds.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginOrJoinTransactionAsync(this DatabaseFacade database, CancellationToken cancellationToken = default) =>
        database.CurrentTransaction is { } ambient
            ? new JoinedTransaction(ambient)
            : await database.BeginTransactionAsync(cancellationToken);
}
