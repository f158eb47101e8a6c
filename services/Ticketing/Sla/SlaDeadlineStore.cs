using Npgsql;

namespace CxPlatform.Ticketing.Sla;

/// <summary>The scheduler's questions across all tenants (no tenant filter applies here, on purpose).</summary>
internal sealed class SlaDeadlineStore(NpgsqlDataSource dataSource)
{
    public async Task<DateTimeOffset?> EarliestDueAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """SELECT min("DueAt") FROM ticket_sla_targets WHERE "AchievedAt" IS NULL AND "BreachedAt" IS NULL""");
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime earliest ? new DateTimeOffset(earliest, TimeSpan.Zero) : null;
    }

    public async Task<IReadOnlyList<string>> TenantsWithDueTargetsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """SELECT DISTINCT "TenantId" FROM ticket_sla_targets WHERE "DueAt" <= $1 AND "AchievedAt" IS NULL AND "BreachedAt" IS NULL""");
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
