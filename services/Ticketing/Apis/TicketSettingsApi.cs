using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Tenancy;
using CxPlatform.Ticketing.Domain;
using CxPlatform.Ticketing.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Ticketing.Apis;

public static class TicketSettingsApi
{
    public static IEndpointRouteBuilder MapTicketSettingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/settings").WithTags("Settings").RequireAuthorization(CxPolicies.Agent);

        api.MapGet("/", GetSettings).WithName("GetTicketSettings");
        api.MapPut("/", ChangeSettings).WithName("ChangeTicketSettings").RequireAuthorization(CxPolicies.Admin);
        return app;
    }

    public static async Task<Ok<TicketSettingsResponse>> GetSettings(TicketingDbContext db, ITenantContext tenant, CancellationToken cancellationToken)
    {
        var settings = await db.TicketSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new TicketSettings(tenant.RequiredTenantId);
        return TypedResults.Ok(new TicketSettingsResponse(settings.AutoCloseAfterDays));
    }

    public static async Task<Ok<TicketSettingsResponse>> ChangeSettings(
        TicketSettingsRequest request, TicketingDbContext db, ITenantContext tenant, CancellationToken cancellationToken)
    {
        var settings = await db.TicketSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new TicketSettings(tenant.RequiredTenantId);
            db.TicketSettings.Add(settings);
        }
        settings.AutoCloseAfterDays = request.AutoCloseAfterDays;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new TicketSettingsResponse(settings.AutoCloseAfterDays));
    }
}
