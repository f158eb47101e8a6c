using Npgsql;

namespace CxPlatform.Bench.Ticketing.Creation;

/// <summary>What one API create left in the database, counted afterwards: the work the raw insert does not do.</summary>
public sealed record RowsPerCreate(long Tickets, double AuditRows, double OutboxRows, double PublishedOutboxRows)
{
    public static async Task<RowsPerCreate> CountAsync(string connectionString, string tenantPrefix, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM tickets WHERE starts_with("TenantId", $1)),
                   (SELECT count(*) FROM ticket_audit WHERE starts_with("TenantId", $1)),
                   (SELECT count(*) FROM outbox_messages WHERE starts_with(tenant_id, $1)),
                   (SELECT count(*) FROM outbox_messages WHERE starts_with(tenant_id, $1) AND sent_at IS NOT NULL)
            """, connection) { Parameters = { new() { Value = tenantPrefix } } };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var tickets = reader.GetInt64(0);
        double PerTicket(int column) => tickets == 0 ? 0 : Math.Round(reader.GetInt64(column) / (double)tickets, 2);
        return new RowsPerCreate(tickets, PerTicket(1), PerTicket(2), PerTicket(3));
    }
}
