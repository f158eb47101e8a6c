using Npgsql;

namespace CxPlatform.Surveys.Distribution;

/// <summary>The scheduler's questions across all tenants (no tenant filter applies here, on purpose).</summary>
internal sealed class DistributionStore(NpgsqlDataSource dataSource)
{
    private const string DueWork =
        """
        SELECT "TenantId", "ScheduledFor" AS at FROM planned_invitations WHERE "Status" = 'planned'
        UNION ALL SELECT "TenantId", "SendDueAt" FROM survey_invitations WHERE "SendDueAt" IS NOT NULL
        UNION ALL SELECT "TenantId", "NextRunAt" FROM distribution_rules WHERE "NextRunAt" IS NOT NULL AND "Enabled"
        UNION ALL SELECT "TenantId", "ReminderDueAt" FROM survey_invitations WHERE "ReminderDueAt" IS NOT NULL
        UNION ALL SELECT "TenantId", "ExpiresAt" FROM survey_invitations WHERE "Status" IN ('created', 'sent', 'opened')
        """;

    public async Task<DateTimeOffset?> EarliestAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT min(at) FROM ({DueWork}) AS work");
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime earliest ? new DateTimeOffset(earliest, TimeSpan.Zero) : null;
    }

    public async Task<IReadOnlyList<string>> TenantsWithDueWorkAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""SELECT DISTINCT "TenantId" FROM ({DueWork}) AS work WHERE at <= $1""");
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
