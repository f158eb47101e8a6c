using CxPlatform.Delivery.Channels;
using CxPlatform.Delivery.Infrastructure;
using Npgsql;

namespace CxPlatform.Delivery.Dispatch;

/// <summary>
/// The dispatcher's SQL, across all tenants (no tenant filter applies here, on purpose). Every change after the claim names
/// the attempt it records, so a replica whose lease ran out cannot overwrite the attempt of the replica that took over.
/// </summary>
internal sealed class DeliveryStore(NpgsqlDataSource dataSource)
{
    private const string Table = DeliveryRecordConfiguration.Table;
    private const string ThisAttempt = $"tenant_id = $1 AND id = $2 AND attempts = $3 AND status = '{DeliveryStatusColumn.Sending}'";

    /// <summary>
    /// Claims due deliveries (pending ones, and sending ones whose replica's lease ran out) for one attempt each. One
    /// statement: the rows are locked with <c>SKIP LOCKED</c> while it runs, and once it commits they are <c>sending</c>
    /// until the lease ends, so no other replica claims them.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimDueAsync(DateTimeOffset now, int batchSize, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"""
            UPDATE {Table} AS d
            SET status = '{DeliveryStatusColumn.Sending}', attempts = d.attempts + 1, next_attempt_at = $2
            FROM (
                SELECT tenant_id, id FROM {Table}
                WHERE status IN ('{DeliveryStatusColumn.Pending}', '{DeliveryStatusColumn.Sending}') AND next_attempt_at <= $1
                ORDER BY next_attempt_at
                LIMIT $3
                FOR UPDATE SKIP LOCKED) AS due
            WHERE d.tenant_id = due.tenant_id AND d.id = due.id
            RETURNING d.tenant_id, d.id, d.channel, d.recipient, d.payload, d.secret, d.attempts, d.trace_parent
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = now + lease });
        command.Parameters.Add(new NpgsqlParameter { Value = batchSize });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var claimed = new List<ClaimedDelivery>();
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new ClaimedDelivery
            {
                TenantId = reader.GetString(0),
                Id = reader.GetGuid(1),
                Channel = reader.GetString(2),
                Recipient = reader.GetString(3),
                Payload = reader.GetString(4),
                Secret = reader.IsDBNull(5) ? null : reader.GetString(5),
                Attempt = reader.GetInt32(6),
                TraceParent = reader.IsDBNull(7) ? null : reader.GetString(7),
            });
        }
        return claimed;
    }

    /// <summary>The earliest instant a delivery becomes due (or a lease ends); null when nothing is waiting.</summary>
    public async Task<DateTimeOffset?> EarliestDueAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT min(next_attempt_at) FROM {Table} WHERE status IN ('{DeliveryStatusColumn.Pending}', '{DeliveryStatusColumn.Sending}')");
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime earliest ? new DateTimeOffset(earliest, TimeSpan.Zero) : null;
    }

    public Task MarkDeliveredAsync(ClaimedDelivery delivery, DateTimeOffset now, string? providerMessageId) =>
        ExecuteAsync(
            $"UPDATE {Table} SET status = '{DeliveryStatusColumn.Delivered}', delivered_at = $4, provider_message_id = $5, secret = NULL WHERE {ThisAttempt}",
            delivery, now, Truncate(providerMessageId, 500));

    public Task ScheduleRetryAsync(ClaimedDelivery delivery, DateTimeOffset nextAttemptAt, string error) =>
        ExecuteAsync(
            $"UPDATE {Table} SET status = '{DeliveryStatusColumn.Pending}', next_attempt_at = $4, last_error = $5 WHERE {ThisAttempt}",
            delivery, nextAttemptAt, Truncate(error, 2000));

    public Task MarkFailedAsync(ClaimedDelivery delivery, DateTimeOffset now, string error) =>
        ExecuteAsync(
            $"UPDATE {Table} SET status = '{DeliveryStatusColumn.Failed}', failed_at = $4, last_error = $5, secret = NULL WHERE {ThisAttempt}",
            delivery, now, Truncate(error, 2000));

    /// <summary>Gives a claimed delivery back at shutdown, due at once; an attempt that never started is not counted.</summary>
    public Task ReleaseAsync(ClaimedDelivery delivery, DateTimeOffset now, bool attempted) =>
        ExecuteAsync(
            $"UPDATE {Table} SET status = '{DeliveryStatusColumn.Pending}', next_attempt_at = $4, attempts = attempts - $5 WHERE {ThisAttempt}",
            delivery, now, attempted ? 0 : 1);

    private async Task ExecuteAsync(string sql, ClaimedDelivery delivery, object fourth, object? fifth)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = delivery.TenantId });
        command.Parameters.Add(new NpgsqlParameter { Value = delivery.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = delivery.Attempt });
        command.Parameters.Add(new NpgsqlParameter { Value = fourth });
        command.Parameters.Add(new NpgsqlParameter { Value = fifth ?? DBNull.Value });
        // Recording an outcome is not cancelled by shutdown: an e-mail already sent must not be sent again.
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
