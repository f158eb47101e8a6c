using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Care.Apis;

/// <summary>The tenant's care team setup: default template language, business hours for due times, and teams.</summary>
public static class CareSettingsApi
{
    public static IEndpointRouteBuilder MapCareSettingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/care-settings").WithTags("Care settings").RequireAuthorization(CxPolicies.Care);

        api.MapGet("/", GetSettings).WithName("GetCareSettings").WithSummary("The care team's default language, business hours and teams");
        api.MapPut("/", ReplaceSettings).RequireAuthorization(CxPolicies.Admin).WithName("ReplaceCareSettings")
            .WithSummary("Replace the care settings (If-Match); new due times use them, existing tasks keep theirs");
        return app;
    }

    public static async Task<Ok<CareSettingsResponse>> GetSettings([AsParameters] PlaybookServices services, CancellationToken cancellationToken)
    {
        var settings = await services.Installer.EnsureInstalledAndSavedAsync(cancellationToken);
        ETags.Set(services.Http.Response, settings.Version);
        return TypedResults.Ok(CareSettingsResponse.From(settings));
    }

    /// <remarks>A team that a playbook or a care goal (enabled or not) still names cannot be removed (409 <c>care_settings.team_in_use</c>).</remarks>
    public static async Task<Ok<CareSettingsResponse>> ReplaceSettings(
        CareSettingsRequest request, [AsParameters] PlaybookServices services, CancellationToken cancellationToken)
    {
        var expectedVersion = services.ExpectedVersion("care settings");
        var settings = await services.Installer.EnsureInstalledAndSavedAsync(cancellationToken);
        if (expectedVersion is not null)
        {
            services.Db.Entry(settings).Property(s => s.Version).OriginalValue = expectedVersion.Value;
        }
        var teamsInUse = await services.Db.Playbooks.Select(p => p.Team)
            .Union(services.Db.CareGoals.Select(g => g.Team))
            .ToListAsync(cancellationToken);
        settings.Redefine(request.ToDefinition(), teamsInUse, services.Now);
        await services.Db.SaveChangesAsync(cancellationToken);
        ETags.Set(services.Http.Response, settings.Version);
        return TypedResults.Ok(CareSettingsResponse.From(settings));
    }
}
