using System.Diagnostics;
using Npgsql;

namespace CxPlatform.Bench.Ticketing.Creation;

/// <summary>Watches the service's outbox table: how long the dispatcher takes to publish what the API committed.</summary>
public static class OutboxWatch
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <returns>Seconds from <paramref name="since"/> (a Stopwatch timestamp) until no event was waiting; null if that took too long.</returns>
    public static async Task<double?> WaitUntilPublishedAsync(string connectionString, long since, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL AND failed_at IS NULL", connection);
        while (Stopwatch.GetElapsedTime(since) < Timeout)
        {
            if ((long)(await command.ExecuteScalarAsync(cancellationToken))! == 0)
            {
                return Math.Round(Stopwatch.GetElapsedTime(since).TotalSeconds, 3);
            }
            await Task.Delay(Poll, cancellationToken);
        }
        return null;
    }
}
