using CxPlatform.Bench.CareOutreach.Service;
using Npgsql;

namespace CxPlatform.Bench.CareOutreach.Policy;

/// <summary>
/// The raw baseline: the rows GetContactPolicy reads, by the same indexes, in one round trip (an <see cref="NpgsqlBatch"/>):
/// the customer by (tenant, id) with its contact points, the tenant's care settings by key, and the customer's contacts of the
/// last week by (tenant, customer). The service reads them in three round trips through EF Core and then applies the rules.
/// </summary>
public sealed class RawPolicyReader(NpgsqlDataSource dataSource) : IAsyncDisposable
{
    /// <summary>PostgreSQL allows 200 connections and the service holds pools of its own: a backlog queues here instead.</summary>
    public const int MaxConnections = 50;

    public static RawPolicyReader Create(string connectionString) =>
        new(NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = MaxConnections }.ConnectionString));

    public async Task<string?> ReadAsync(Guid customerId, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    Command("""
                        SELECT c.*, p.* FROM customers c LEFT JOIN customer_contact_points p ON p."CustomerId" = c."Id"
                        WHERE c."TenantId" = $1 AND c."Id" = $2
                        """, customerId),
                    Command("""SELECT * FROM care_settings WHERE "TenantId" = $1 LIMIT 1""", null),
                    Command("""
                        SELECT "Id", "CompletedAt" FROM outreach_tasks
                        WHERE "TenantId" = $1 AND "CustomerId" = $2 AND "Status" = 'done' AND "Outcome" IN ('reached', 'message_sent')
                            AND "CompletedAt" > now() - interval '7 days'
                        """, customerId),
                },
            };
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            var customerRows = 0;
            do
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    customerRows++;
                }
            }
            while (await reader.NextResultAsync(cancellationToken));
            return customerRows == 0 ? $"customer {customerId} not found" : null;
        }
        catch (NpgsqlException exception)
        {
            return exception.Message;
        }
    }

    private static NpgsqlBatchCommand Command(string sql, Guid? customerId)
    {
        var command = new NpgsqlBatchCommand(sql) { Parameters = { new NpgsqlParameter { Value = BenchCustomers.Tenant } } };
        if (customerId is { } id)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = id });
        }
        return command;
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
