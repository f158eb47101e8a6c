using CxPlatform.AppHost.Hosting.Model;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>Creates the database when it is missing; it lives and dies with its server.</summary>
internal sealed class DatabaseRunner(PostgresDatabaseResource database, TimeProvider time, ILogger<DatabaseRunner> logger) : IResourceRunner
{
    public Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        database.Status.SetSource($"database {database.DatabaseName} on {database.Parent.Name}");
        await using var connection = new NpgsqlConnection(database.Parent.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database.DatabaseName);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // A database name cannot be a parameter: quote it as an identifier.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.DatabaseName.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
            logger.LogInformation("Created database {Database} on {Server}", database.DatabaseName, database.Parent.Name);
        }
        database.Status.MarkRunning(time.GetUtcNow());
    }

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken) =>
        PostgresProbe.IsReadyAsync(database.ConnectionString, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
