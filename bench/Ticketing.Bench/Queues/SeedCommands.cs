using System.Globalization;
using CxPlatform.Bench.Ticketing.Service;
using Npgsql;

namespace CxPlatform.Bench.Ticketing.Queues;

/// <summary>Seeding statements: no timeout (they run for minutes), and the queue tenant as <c>@tenant</c> wherever it is named.</summary>
public static class SeedCommands
{
    public static async Task<long> ScalarAsync(
        NpgsqlConnection connection, string sql, CancellationToken cancellationToken, Action<NpgsqlCommand>? parameters = null)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("tenant", BenchTenants.Queues);
        parameters?.Invoke(command);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public static async Task ExecuteAsync(
        NpgsqlConnection connection, string sql, CancellationToken cancellationToken, Action<NpgsqlCommand>? parameters = null)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        parameters?.Invoke(command);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
