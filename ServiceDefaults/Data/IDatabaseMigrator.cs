namespace CxPlatform.ServiceDefaults.Data;

/// <summary>One database's schema step; <c>AddCxDbContext</c> registers one per DbContext.</summary>
public interface IDatabaseMigrator
{
    /// <returns>How many migrations were pending (and are now applied).</returns>
    Task<int> MigrateAsync(CancellationToken cancellationToken);
}
