using Npgsql;

namespace CxPlatform.Ticketing.Infrastructure;

/// <summary>
/// Hands out per-tenant human ticket numbers (#1001, #1002, …): unique and increasing per tenant, with gaps where a create
/// failed after taking its number. Each number is taken in a transaction of its own that commits at once, so the tenant's
/// counter row is locked for one statement, not for the whole create: creates of one tenant run in parallel.
/// </summary>
/// <remarks>
/// The numbers come from a small pool of their own, never from the request's connection: a request may already hold a
/// connection of the main pool (in an idempotent request's transaction), and waiting there for a second one could starve the
/// pool. Those connections commit asynchronously (no WAL flush of their own); that is safe because a ticket that commits
/// flushes the WAL up to its own commit, which comes after its number's. A crash can only lose a number no ticket kept.
/// </remarks>
public sealed class TicketNumbers(NpgsqlDataSource counterSource) : IAsyncDisposable
{
    public const long First = 1001;

    private const int PoolSize = 8;

    public static TicketNumbers For(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = PoolSize };
        settings.Options = $"{settings.Options} -c synchronous_commit=off".Trim();
        return new TicketNumbers(new NpgsqlDataSourceBuilder(settings.ConnectionString).Build());
    }

    public async Task<long> NextAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var command = counterSource.CreateCommand("""
            INSERT INTO ticket_number_counters (tenant_id, last_number) VALUES ($1, $2)
            ON CONFLICT (tenant_id) DO UPDATE SET last_number = ticket_number_counters.last_number + 1
            RETURNING last_number
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
        command.Parameters.Add(new NpgsqlParameter { Value = First });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public ValueTask DisposeAsync() => counterSource.DisposeAsync();
}
