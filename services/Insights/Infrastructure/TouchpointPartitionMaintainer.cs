using Microsoft.Extensions.Options;
using Npgsql;

namespace CxPlatform.Insights.Infrastructure;

/// <summary>
/// Creates the monthly partitions from <see cref="PartitionOptions.MonthsBehind"/> before to <see cref="PartitionOptions.MonthsAhead"/>
/// after the current month, at start and then periodically; safe with several replicas (an advisory lock serialises the DDL and
/// a partition that exists is skipped). A month whose rows already sit in the default partition (the service was down longer
/// than the months ahead, or a backfill came first) is left there: PostgreSQL refuses such a partition, and the rows are still
/// stored and found.
/// </summary>
internal sealed class TouchpointPartitionMaintainer(
    NpgsqlDataSource dataSource, TimeProvider time, IOptions<PartitionOptions> options, ILogger<TouchpointPartitionMaintainer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.Value;
            try
            {
                await EnsureAsync(stoppingToken);
                await Task.Delay(settings.CheckInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
            {
                // Typically the database is not reachable or not migrated yet.
                logger.LogWarning(exception, "Could not check the touchpoint partitions; retrying in {RetryInterval}", settings.RetryInterval);
                await Task.Delay(settings.RetryInterval, stoppingToken);
            }
        }
    }

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var current = TouchpointPartitions.MonthStart(time.GetUtcNow());
        for (var offset = -settings.MonthsBehind; offset <= settings.MonthsAhead; offset++)
        {
            await EnsureMonthAsync(current.AddMonths(offset), cancellationToken);
        }
    }

    private async Task EnsureMonthAsync(DateTimeOffset month, CancellationToken cancellationToken)
    {
        var name = TouchpointPartitions.NameOf(month);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", TouchpointPartitions.AdvisoryLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var exists = new NpgsqlCommand("SELECT to_regclass(@name) IS NOT NULL", connection, transaction))
        {
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync(cancellationToken) is true)
            {
                return;
            }
        }
        try
        {
            await using var create = new NpgsqlCommand(TouchpointPartitions.CreateSql(month), connection, transaction);
            await create.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Created touchpoint partition {Partition}", name);
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.CheckViolation)
        {
            logger.LogWarning("Touchpoints of {Month:yyyy-MM} are already in the default partition; the month stays there", month);
        }
    }
}
