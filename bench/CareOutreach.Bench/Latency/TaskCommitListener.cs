using System.Collections.Concurrent;
using System.Diagnostics;
using Npgsql;

namespace CxPlatform.Bench.CareOutreach.Latency;

/// <summary>
/// Learns when each outreach task is committed: a trigger the benchmark adds to <c>outreach_tasks</c> NOTIFYs the task's
/// trigger event id, and PostgreSQL delivers a NOTIFY only when its transaction commits. The arrival is stamped with this
/// process's <see cref="Stopwatch"/>, the same clock the publisher stamps with.
/// </summary>
public sealed class TaskCommitListener : IAsyncDisposable
{
    private const string Channel = "bench_outreach_task_committed";

    private readonly NpgsqlConnection _connection;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _listening;

    private TaskCommitListener(NpgsqlConnection connection)
    {
        _connection = connection;
        _connection.Notification += (_, notification) =>
        {
            if (Guid.TryParse(notification.Payload, out var eventId))
            {
                CommittedAt.TryAdd(eventId, Stopwatch.GetTimestamp());
            }
        };
        _listening = ListenAsync(_stopping.Token);
    }

    /// <summary>The <see cref="Stopwatch"/> timestamp at which each trigger event's task was seen committed.</summary>
    public ConcurrentDictionary<Guid, long> CommittedAt { get; } = new();

    public static async Task<TaskCommitListener> StartAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var install = new NpgsqlCommand($"""
            CREATE OR REPLACE FUNCTION bench_outreach_task_committed() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('{Channel}', coalesce(NEW."TriggerEventId"::text, ''));
                RETURN NEW;
            END $$;
            DROP TRIGGER IF EXISTS bench_outreach_task_committed ON outreach_tasks;
            CREATE TRIGGER bench_outreach_task_committed AFTER INSERT ON outreach_tasks
                FOR EACH ROW EXECUTE FUNCTION bench_outreach_task_committed();
            LISTEN {Channel};
            """, connection))
        {
            await install.ExecuteNonQueryAsync(cancellationToken);
        }
        return new TaskCommitListener(connection);
    }

    private async Task ListenAsync(CancellationToken stopping)
    {
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                await _connection.WaitAsync(stopping);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _listening;
        await _connection.DisposeAsync();
        _stopping.Dispose();
    }
}
