using Npgsql;
using NpgsqlTypes;

namespace CxPlatform.ServiceDefaults.Messaging.Outbox;

/// <summary>The dispatcher's SQL against the outbox table, on the connection that holds the dispatcher lock.</summary>
internal static class OutboxStore
{
    public static async Task ListenAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, $"LISTEN {OutboxSql.Channel}", cancellationToken);

    public static async Task<bool> TryAcquireDispatcherLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", OutboxSql.DispatcherLockKey);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Releases the lock if this session holds it (a standby's session holds none: nothing happens).</summary>
    public static async Task ReleaseDispatcherLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, "SELECT pg_advisory_unlock_all()", cancellationToken);

    public static async Task<List<PendingOutboxMessage>> ReadPendingAsync(NpgsqlConnection connection, int batchSize, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT id, tenant_id, stream_key, message_type, payload::text, trace_parent, created_at
            FROM {OutboxSql.Table}
            WHERE sent_at IS NULL AND failed_at IS NULL
            ORDER BY sequence
            LIMIT @batch
            """, connection);
        command.Parameters.AddWithValue("batch", batchSize);
        var pending = new List<PendingOutboxMessage>(batchSize);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pending.Add(new PendingOutboxMessage(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }
        return pending;
    }

    public static async Task MarkSentAsync(NpgsqlConnection connection, IReadOnlyCollection<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }
        await using var command = new NpgsqlCommand(
            $"UPDATE {OutboxSql.Table} SET sent_at = @now, attempts = attempts + 1 WHERE id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("now", now);
        command.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid, ids.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task RecordFailureAsync(NpgsqlConnection connection, Guid id, string error, DateTimeOffset? failedAt, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"UPDATE {OutboxSql.Table} SET attempts = attempts + 1, last_error = @error, failed_at = @failedAt WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("error", error);
        command.Parameters.AddWithValue("failedAt", NpgsqlDbType.TimestampTz, (object?)failedAt ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<int> DeleteSentBeforeAsync(NpgsqlConnection connection, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"DELETE FROM {OutboxSql.Table} WHERE sent_at < @cutoff", connection);
        command.Parameters.AddWithValue("cutoff", cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<int> DeleteInboxEntriesBeforeAsync(NpgsqlConnection connection, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("DELETE FROM inbox_messages WHERE received_at < @cutoff", connection);
        command.Parameters.AddWithValue("cutoff", cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<int> DeleteExpiredIdempotencyKeysAsync(NpgsqlConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("DELETE FROM idempotency_keys WHERE expires_at <= @now", connection);
        command.Parameters.AddWithValue("now", now);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
