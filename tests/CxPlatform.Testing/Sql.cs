using Npgsql;

namespace CxPlatform.Testing;

/// <summary>Reads what a service really wrote, straight from its database.</summary>
public static class Sql
{
    public static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<long> CountAsync(string connectionString, string table, string where = "true") =>
        ScalarAsync<long>(connectionString, $"SELECT count(*) FROM {table} WHERE {where}");
}
