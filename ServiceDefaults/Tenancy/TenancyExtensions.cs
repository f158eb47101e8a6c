using CxPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CxPlatform.ServiceDefaults.Tenancy;

public static class TenancyExtensions
{
    public static IHostApplicationBuilder AddTenancy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<TenantContext>();
        builder.Services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        return builder;
    }

    /// <summary>Takes the tenant from the authenticated caller's token; a malformed tenant claim is refused outright.</summary>
    public static IApplicationBuilder UseTenancy(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var tenant = context.User.FindFirst(CxClaimTypes.Tenant)?.Value;
        if (tenant is not null)
        {
            if (!TenantContext.IsValidTenantId(tenant))
            {
                await Results.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "The token names no valid tenant.").ExecuteAsync(context);
                return;
            }
            context.RequestServices.GetRequiredService<TenantContext>().Use(tenant);
        }
        await next(context);
    });
}
