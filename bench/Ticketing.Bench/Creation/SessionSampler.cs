using Npgsql;

namespace CxPlatform.Bench.Ticketing.Creation;

/// <summary>Samples what the database's client sessions are doing, every few milliseconds, until stopped.</summary>
public sealed class SessionSampler : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(10);

    private const string Sample = """
        SELECT count(*) FILTER (WHERE state = 'active'),
               count(*) FILTER (WHERE state = 'active' AND wait_event_type IS NULL),
               count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Lock'),
               count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'LWLock'),
               count(*) FILTER (WHERE state = 'active' AND wait_event_type = 'IO'),
               count(*) FILTER (WHERE state = 'idle in transaction')
        FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()
        """;

    private readonly CancellationTokenSource _stop = new();
    private readonly Task<SessionWaits> _sampling;

    private SessionSampler(string connectionString) => _sampling = SampleAsync(connectionString, _stop.Token);

    public static SessionSampler Start(string connectionString) => new(connectionString);

    public async Task<SessionWaits> StopAsync()
    {
        await _stop.CancelAsync();
        return await _sampling;
    }

    private static async Task<SessionWaits> SampleAsync(string connectionString, CancellationToken stop)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(Sample, connection);
        var totals = new long[6];
        var samples = 0;
        while (!stop.IsCancellationRequested)
        {
            await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None))
            {
                await reader.ReadAsync(CancellationToken.None);
                for (var i = 0; i < totals.Length; i++)
                {
                    totals[i] += reader.GetInt64(i);
                }
            }
            samples++;
            try
            {
                await Task.Delay(Interval, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        double Average(long total) => samples == 0 ? 0 : Math.Round(total / (double)samples, 2);
        var (active, running, locks, lwLocks, io, idleInTransaction) = (totals[0], totals[1], totals[2], totals[3], totals[4], totals[5]);
        return new SessionWaits(samples, Average(active), Average(running), Average(locks), Average(lwLocks), Average(io),
            Average(active - running - locks - lwLocks - io), Average(idleInTransaction));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }
        _stop.Dispose();
    }
}
