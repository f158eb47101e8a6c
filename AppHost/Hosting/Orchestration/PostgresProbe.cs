using Npgsql;

namespace CxPlatform.AppHost.Hosting.Orchestration;

internal static class PostgresProbe
{
    /// <summary>Healthy when the server (or database) accepts a connection and answers <c>SELECT 1</c>.</summary>
    public static async Task<bool> IsReadyAsync(string? connectionString, CancellationToken cancellationToken)
    {
        if (connectionString is null)
        {
            return false;
        }
        try
        {
            var settings = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 5 };
            await using var connection = new NpgsqlConnection(settings.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            return await command.ExecuteScalarAsync(cancellationToken) is 1;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
