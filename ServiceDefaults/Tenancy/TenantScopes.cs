using Microsoft.Extensions.DependencyInjection;

namespace CxPlatform.ServiceDefaults.Tenancy;

/// <summary>Background work for one tenant (schedulers, sweeps): a scope whose queries, saves and outgoing calls act for it.</summary>
public static class TenantScopes
{
    public static AsyncServiceScope CreateTenantScope(this IServiceScopeFactory scopes, string tenantId)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Use(tenantId);
        return scope;
    }
}
