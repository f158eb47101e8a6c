using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Tenancy;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace CxPlatform.ServiceDefaults.Grpc;

/// <summary>Adds a service token for the tenant of the scope the gRPC client was resolved in (a request, or a job's tenant scope).</summary>
internal static class ServiceCallCredentials
{
    public static async Task AddServiceTokenAsync(AuthInterceptorContext context, Metadata metadata, IServiceProvider scopedServices)
    {
        var tenant = scopedServices.GetRequiredService<ITenantContext>().TenantId
            ?? throw new InvalidOperationException(
                $"The call to {context.ServiceUrl}{context.MethodName} acts for no tenant: resolve the client in a request, or in a scope whose TenantContext is set.");
        var token = await scopedServices.GetRequiredService<IServiceTokenSource>().GetTokenAsync(tenant, context.CancellationToken);
        metadata.Add("authorization", $"Bearer {token}");
    }
}
