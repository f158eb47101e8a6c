using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CxPlatform.ServiceDefaults.Messaging.Outbox;

/// <summary>
/// Publishes outbox rows. One replica per database holds an advisory lock and dispatches; the others stand by and take over
/// when its connection drops. Woken by NOTIFY at commit, polling only as a fallback; while the broker is down it backs off and
/// retries, so a committed event is published at least once (consumers' inboxes absorb the rare duplicate). On stop (SIGTERM)
/// it makes one last attempt to publish what is committed, within the host's shutdown timeout, while the bus still runs.
/// </summary>
internal sealed partial class OutboxDispatcher(
    NpgsqlDataSource dataSource,
    OutboxPublisher publisher,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;
    private DateTimeOffset _nextCleanup = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = new ExponentialBackoff(_options.MinBackoff, _options.MaxBackoff);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                try
                {
                    await OutboxStore.ListenAsync(connection, stoppingToken);
                    await RunAsync(connection, backoff, stoppingToken);
                }
                finally
                {
                    await ReleaseLockAsync(connection);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogDispatcherFailed(exception);
                await DelayAsync(backoff.Next(), stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushOnStopAsync(cancellationToken);
    }

    /// <summary>
    /// The dispatching connection is closed by now, so the lock is free: whoever takes it first publishes. When another replica
    /// has it, it publishes these rows too; a broker that is down leaves them for the next dispatcher.
    /// </summary>
    private async Task FlushOnStopAsync(CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.FlushOnStopTimeout);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(deadline.Token);
            if (!await OutboxStore.TryAcquireDispatcherLockAsync(connection, deadline.Token))
            {
                return;
            }
            var flushed = await DispatchPendingAsync(connection, deadline.Token);
            LogFlushedOnStop(flushed);
            await ReleaseLockAsync(connection);
        }
        catch (Exception exception)
        {
            LogFlushOnStopFailed(exception);
        }
    }

    /// <summary>
    /// A closed connection goes back to the pool with its session, and the session keeps the advisory lock until the pool reuses
    /// it: release it explicitly so that a standby replica (or this replica's last flush) takes over at once.
    /// </summary>
    private static async Task ReleaseLockAsync(NpgsqlConnection connection)
    {
        if (connection.FullState != System.Data.ConnectionState.Open)
        {
            return; // broken: Npgsql closes it for real, and the session's locks go with it
        }
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await OutboxStore.ReleaseDispatcherLockAsync(connection, timeout.Token);
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            // The connection is unusable; it will not return to the pool.
        }
    }

    private async Task RunAsync(NpgsqlConnection connection, ExponentialBackoff backoff, CancellationToken stoppingToken)
    {
        // A NOTIFY that arrives while a command runs on this connection is consumed there, not by WaitAsync: remember it.
        var notified = 0;
        connection.Notification += (_, _) => Interlocked.Exchange(ref notified, 1);
        var isDispatcher = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!isDispatcher && (isDispatcher = await OutboxStore.TryAcquireDispatcherLockAsync(connection, stoppingToken)))
            {
                LogBecameDispatcher();
            }
            if (isDispatcher)
            {
                Interlocked.Exchange(ref notified, 0);
                if (!await DispatchPendingAsync(connection, stoppingToken))
                {
                    await DelayAsync(backoff.Next(), stoppingToken);
                    continue;
                }
                backoff.Reset();
                await CleanUpIfDueAsync(connection, stoppingToken);
                if (Interlocked.Exchange(ref notified, 0) == 1)
                {
                    continue;
                }
            }
            await connection.WaitAsync(isDispatcher ? _options.PollInterval : _options.StandbyInterval, stoppingToken);
        }
    }

    /// <returns>false when publishing failed and the dispatcher should back off.</returns>
    private async Task<bool> DispatchPendingAsync(NpgsqlConnection connection, CancellationToken stoppingToken)
    {
        while (true)
        {
            var pending = await OutboxStore.ReadPendingAsync(connection, _options.BatchSize, stoppingToken);
            if (pending.Count == 0)
            {
                return true;
            }

            var result = await publisher.PublishAsync(pending, stoppingToken);
            await OutboxStore.MarkSentAsync(connection, result.Sent, time.GetUtcNow(), stoppingToken);
            foreach (var poison in result.Poison)
            {
                LogPoisonMessage(poison.Message.Id, poison.Message.MessageType, poison.Error);
                await OutboxStore.RecordFailureAsync(connection, poison.Message.Id, poison.Error, time.GetUtcNow(), stoppingToken);
            }
            if (result.TransientFailure is { } failure)
            {
                LogPublishFailed(failure.Message.Id, failure.Error);
                await OutboxStore.RecordFailureAsync(connection, failure.Message.Id, failure.Error, null, stoppingToken);
                return false;
            }
            if (pending.Count < _options.BatchSize)
            {
                return true;
            }
        }
    }

    private async Task CleanUpIfDueAsync(NpgsqlConnection connection, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        if (now < _nextCleanup)
        {
            return;
        }
        _nextCleanup = now + _options.CleanupInterval;
        var deleted = await OutboxStore.DeleteSentBeforeAsync(connection, now - _options.Retention, stoppingToken);
        var forgotten = await OutboxStore.DeleteInboxEntriesBeforeAsync(connection, now - _options.InboxRetention, stoppingToken);
        var expired = await OutboxStore.DeleteExpiredIdempotencyKeysAsync(connection, now, stoppingToken);
        if (deleted + forgotten + expired > 0)
        {
            LogCleanedUp(deleted, forgotten, expired);
        }
    }

    // Transport pacing, not business time: real delays even when a test drives the business clock.
    private static async Task DelayAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(LogLevel.Information, "This replica now dispatches the outbox")]
    private partial void LogBecameDispatcher();

    [LoggerMessage(LogLevel.Warning, "Outbox dispatcher failed; retrying")]
    private partial void LogDispatcherFailed(Exception exception);

    [LoggerMessage(LogLevel.Information, "Stopping: flushed the outbox (complete: {Complete})")]
    private partial void LogFlushedOnStop(bool complete);

    [LoggerMessage(LogLevel.Warning, "Stopping: the last outbox flush failed; another replica or the next start publishes the rest")]
    private partial void LogFlushOnStopFailed(Exception exception);

    [LoggerMessage(LogLevel.Warning, "Publishing outbox message {MessageId} failed, will retry: {Error}")]
    private partial void LogPublishFailed(Guid messageId, string error);

    [LoggerMessage(LogLevel.Error, "Outbox message {MessageId} of type {MessageType} can never be published: {Error}")]
    private partial void LogPoisonMessage(Guid messageId, string messageType, string error);

    [LoggerMessage(LogLevel.Information, "Deleted {Sent} sent outbox messages, {Consumed} inbox entries and {Expired} idempotency keys past retention")]
    private partial void LogCleanedUp(int sent, int consumed, int expired);
}
