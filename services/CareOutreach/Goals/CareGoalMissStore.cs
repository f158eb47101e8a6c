using CxPlatform.Care.Domain.Goals;
using Npgsql;

namespace CxPlatform.Care.Goals;

/// <summary>The goal scheduler's questions across all tenants (no tenant filter applies here, on purpose).</summary>
internal sealed class CareGoalMissStore(NpgsqlDataSource dataSource)
{
    // PostgreSQL keeps microseconds: an obligation is missed from the first microsecond after its due instant.
    private static readonly TimeSpan Resolution = TimeSpan.FromTicks(10);

    public async Task<DateTimeOffset?> EarliestMissAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""SELECT min("DueAt") FROM outreach_tasks WHERE "ObligationStatus" = $1""");
        command.Parameters.Add(new NpgsqlParameter { Value = ObligationStatuses.Open });
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime earliest
            ? new DateTimeOffset(earliest, TimeSpan.Zero) + Resolution
            : null;
    }

    public async Task<IReadOnlyList<string>> TenantsWithMissesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """SELECT DISTINCT "TenantId" FROM outreach_tasks WHERE "ObligationStatus" = $1 AND "DueAt" < $2""");
        command.Parameters.Add(new NpgsqlParameter { Value = ObligationStatuses.Open });
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
