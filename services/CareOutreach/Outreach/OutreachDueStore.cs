using CxPlatform.Care.Domain.Outreach;
using Npgsql;

namespace CxPlatform.Care.Outreach;

/// <summary>
/// The scheduler's questions across all tenants (no tenant filter applies here, on purpose). Its work: scheduled tasks
/// whose instant has come, and automated messages that are due (planned due at once) and not yet sent.
/// </summary>
internal sealed class OutreachDueStore(NpgsqlDataSource dataSource)
{
    public async Task<DateTimeOffset?> EarliestScheduledAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""SELECT min("ScheduledFor") FROM outreach_tasks WHERE "Status" = $1 OR ("Status" = $2 AND "IsAutomated")""");
        command.Parameters.Add(new NpgsqlParameter { Value = OutreachStatuses.Scheduled });
        command.Parameters.Add(new NpgsqlParameter { Value = OutreachStatuses.Due });
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime earliest ? new DateTimeOffset(earliest, TimeSpan.Zero) : null;
    }

    public async Task<IReadOnlyList<string>> TenantsWithDueTasksAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT DISTINCT "TenantId" FROM outreach_tasks
            WHERE ("Status" = $1 AND "ScheduledFor" <= $2) OR ("Status" = $3 AND "IsAutomated")
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = OutreachStatuses.Scheduled });
        command.Parameters.Add(new NpgsqlParameter { Value = now });
        command.Parameters.Add(new NpgsqlParameter { Value = OutreachStatuses.Due });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tenants = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tenants.Add(reader.GetString(0));
        }
        return tenants;
    }
}
