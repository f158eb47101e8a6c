using Npgsql;

namespace CxPlatform.Bench.Surveys.Burst;

/// <summary>Counts one tenant's rows of a table on a connection of its own, as often as the benchmark polls.</summary>
public sealed class RowCounter(NpgsqlConnection connection, string table, string tenant) : IAsyncDisposable
{
    public static async Task<RowCounter> OpenAsync(string connectionString, string table, string tenant, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return new RowCounter(connection, table, tenant);
    }

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE \"TenantId\" = @tenant", connection);
        command.Parameters.AddWithValue("tenant", tenant);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
