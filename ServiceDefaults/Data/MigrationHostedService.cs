using Microsoft.Extensions.Hosting;

namespace CxPlatform.ServiceDefaults.Data;

/// <summary>Applies pending migrations before the service starts taking work (development and tests; operators run migrate mode as a separate step).</summary>
internal sealed class MigrationHostedService(IEnumerable<IDatabaseMigrator> migrators) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var migrator in migrators)
        {
            await migrator.MigrateAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
