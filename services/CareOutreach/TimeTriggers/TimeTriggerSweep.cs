using CxPlatform.ServiceDefaults.Tenancy;

namespace CxPlatform.Care.TimeTriggers;

/// <summary>One sweep over every tenant with an enabled time-triggered playbook; safe to run on several replicas at once.</summary>
internal sealed class TimeTriggerSweep(IServiceScopeFactory scopes, TimeTriggerStore store)
{
    /// <returns>How many tasks the sweep planned, over all tenants.</returns>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var failures = new List<Exception>();
        var planned = 0;
        foreach (var tenantId in await store.TenantsWithTimePlaybooksAsync(cancellationToken))
        {
            try
            {
                await using var scope = scopes.CreateTenantScope(tenantId);
                planned += await scope.ServiceProvider.GetRequiredService<TimeTriggerPlanner>().SweepAsync(now, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // One tenant's failure must not hold up the others.
                failures.Add(exception);
            }
        }
        return failures.Count > 0 ? throw new AggregateException("The time-trigger sweep failed for some tenants.", failures) : planned;
    }
}
