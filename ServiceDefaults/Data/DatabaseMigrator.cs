using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CxPlatform.ServiceDefaults.Data;

/// <summary>Applies the pending EF Core migrations of one DbContext; used by migrate mode and by <c>Database:MigrateOnStartup</c>.</summary>
internal sealed partial class DatabaseMigrator<TContext>(IServiceScopeFactory scopes, ILogger<DatabaseMigrator<TContext>> logger) : IDatabaseMigrator
    where TContext : DbContext
{
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        LogApplying(typeof(TContext).Name, pending.Count);
        // EF Core takes a database lock while migrating: concurrent runs (two Jobs, replicas migrating on start) wait, then find nothing to do.
        await context.Database.MigrateAsync(cancellationToken);
        return pending.Count;
    }

    [LoggerMessage(LogLevel.Information, "Applying migrations for {DbContext}: {Pending} pending")]
    private partial void LogApplying(string dbContext, int pending);
}
