using Npgsql;

namespace CxPlatform.Bench.Ticketing.Queues;

/// <summary>Runs <c>EXPLAIN (ANALYZE, BUFFERS)</c> of a command the service sent, with the same parameters.</summary>
public static class QueryExplainer
{
    public static async Task<string> ExplainAsync(string connectionString, CapturedCommand command, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var explain = new NpgsqlCommand($"EXPLAIN (ANALYZE, BUFFERS) {command.Text}", connection) { CommandTimeout = 600 };
        explain.Parameters.AddRange(command.Parameters.Select(parameter => parameter.Clone()).ToArray());
        await using var reader = await explain.ExecuteReaderAsync(cancellationToken);
        var lines = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(reader.GetString(0));
        }
        return string.Join('\n', lines);
    }
}
