using CxPlatform.Care.Domain.Outreach;
using Npgsql;

namespace CxPlatform.Care.Outreach;

/// <summary>The scheduler's questions across all tenants (no tenant filter applies here, on purpose).</summary>
internal sealed class OutreachDueStore(NpgsqlDataSource dataSource)
{
    public async Task<DateTimeOffset?> EarliestScheduledAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""SELECT min("ScheduledFor") FROM outreach_tasks WHERE "Status" = $1""");
        command.Parameters.Add(new NpgsqlParameter { Value = OutreachStatuses.Scheduled });
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime earliest ? new DateTimeOffset(earliest, TimeSpan.Zero) : null;
    }

    public async Task<IReadOnlyList<string>> TenantsWithDueTasksAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """SELECT DISTINCT "TenantId" FROM outreach_tasks WHERE "Status" = $1 AND "ScheduledFor" <= $2""");
        command.Parameters.Add(new NpgsqlParameter { Value = OutreachStatuses.Scheduled });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tenants = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tenants.Add(reader.GetString(0));
        }
        return tenants;
    }
}
