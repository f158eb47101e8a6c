using CxPlatform.Care.Domain.Playbooks;
using Npgsql;

namespace CxPlatform.Care.TimeTriggers;

/// <summary>The sweep's one question across tenants (no tenant filter here, on purpose): who has an enabled time-triggered playbook.</summary>
internal sealed class TimeTriggerStore(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<string>> TenantsWithTimePlaybooksAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""SELECT DISTINCT "TenantId" FROM playbooks WHERE "Enabled" AND "Trigger" = ANY($1) ORDER BY "TenantId" """);
        command.Parameters.Add(new NpgsqlParameter { Value = PlaybookTriggers.Time.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tenants = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tenants.Add(reader.GetString(0));
        }
        return tenants;
    }
}
