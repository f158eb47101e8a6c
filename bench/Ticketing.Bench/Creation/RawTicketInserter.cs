using CxPlatform.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace CxPlatform.Bench.Ticketing.Creation;

/// <summary>
/// The baseline: one prepared single-row <c>INSERT</c> per ticket into the service's own <c>tickets</c> table, on one
/// connection per client, autocommit. It fills the columns the service fills on create (the generated search vector and
/// priority rank included, since PostgreSQL computes those), under another tenant and with numbers of its own.
/// </summary>
public sealed class RawTicketInserter : IAsyncDisposable
{
    private const string Insert = """
        INSERT INTO tickets ("Id", "TenantId", "Number", "Subject", "Description", requester_customer_id, requester_contact_point,
            requester_name, "Channel", "Type", "Priority", "Status", "Tags", "CustomFields", "CreatedAt", "UpdatedAt", "ReopenCount",
            customer_resolution_pending)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, 0, false)
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly List<(NpgsqlConnection Connection, NpgsqlCommand Command)> _clients = [];
    private readonly string _tenant;
    private long _lastNumber;

    private RawTicketInserter(NpgsqlDataSource dataSource, string tenant, long firstNumber)
    {
        _dataSource = dataSource;
        _tenant = tenant;
        _lastNumber = firstNumber - 1;
    }

    public static async Task<RawTicketInserter> OpenAsync(string connectionString, string tenant, long firstNumber, int clients, CancellationToken cancellationToken)
    {
        var inserter = new RawTicketInserter(NpgsqlDataSource.Create(connectionString), tenant, firstNumber);
        try
        {
            for (var i = 0; i < clients; i++)
            {
                var connection = await inserter._dataSource.OpenConnectionAsync(cancellationToken);
                var command = new NpgsqlCommand(Insert, connection);
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid });
                foreach (var type in new[] { NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text })
                {
                    command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type });
                }
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid });
                foreach (var type in new[] { NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text })
                {
                    command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type });
                }
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = "{}" });
                command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz });
                await command.PrepareAsync(cancellationToken);
                inserter._clients.Add((connection, command));
            }
            return inserter;
        }
        catch
        {
            await inserter.DisposeAsync();
            throw;
        }
    }

    /// <returns>null when the row was inserted, else what went wrong.</returns>
    public async Task<string?> InsertAsync(int client, SampleTicket ticket, CancellationToken cancellationToken)
    {
        var now = TimeProvider.System.GetUtcNow();
        var parameters = _clients[client].Command.Parameters;
        parameters[0].Value = Guid.CreateVersion7(now);
        parameters[1].Value = _tenant;
        parameters[2].Value = Interlocked.Increment(ref _lastNumber);
        parameters[3].Value = ticket.Subject;
        parameters[4].Value = ticket.Description;
        parameters[5].Value = ticket.CustomerId is { } customerId ? customerId : DBNull.Value;
        parameters[6].Value = ticket.ContactPoint;
        parameters[7].Value = ticket.Name;
        parameters[8].Value = ticket.Channel;
        parameters[9].Value = ticket.Type;
        parameters[10].Value = ticket.Priority;
        parameters[11].Value = TicketStatuses.New;
        parameters[12].Value = ticket.Tags;
        parameters[14].Value = now;
        try
        {
            await _clients[client].Command.ExecuteNonQueryAsync(cancellationToken);
            return null;
        }
        catch (PostgresException exception)
        {
            return exception.MessageText;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (connection, command) in _clients)
        {
            await command.DisposeAsync();
            await connection.DisposeAsync();
        }
        await _dataSource.DisposeAsync();
    }
}
