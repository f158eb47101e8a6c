using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.Surveys.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Surveys.Apis;

/// <summary>
/// The tenant's contact rules (throttle, apology quiet period) and delivery settings (message webhook, e-mail Reply-To): admins
/// only. ETag / If-Match like every settings document; a tenant that never saved any reads the defaults.
/// </summary>
public static class SurveySettingsApi
{
    public static IEndpointRouteBuilder MapSurveySettingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/survey-settings").WithTags("Survey settings").RequireAuthorization(CxPolicies.Admin);

        api.MapGet("/", GetSettings).WithName("GetSurveySettings").WithSummary("The contact rules and delivery settings of surveys");
        api.MapPut("/", ReplaceSettings).WithName("ReplaceSurveySettings")
            .WithSummary("Replace the survey settings (If-Match); invitations issued from now on use them");
        return app;
    }

    public static async Task<Ok<SurveySettingsDetails>> GetSettings([AsParameters] SurveyServices services, CancellationToken cancellationToken)
    {
        var settings = await EnsureSavedAsync(services, cancellationToken);
        ETags.Set(services.Http.Response, settings.Version);
        return TypedResults.Ok(SurveySettingsDetails.From(settings));
    }

    public static async Task<Ok<SurveySettingsDetails>> ReplaceSettings(
        SurveySettingsRequest request, [AsParameters] SurveyServices services, CancellationToken cancellationToken)
    {
        if (!ETags.TryReadIfMatch(services.Http.Request, out var expectedVersion))
        {
            throw new InvalidRequestException("If-Match", "Send the ETag of the survey settings as returned by GET.");
        }
        var settings = await EnsureSavedAsync(services, cancellationToken);
        if (expectedVersion is not null)
        {
            // Checked here too: a PUT that changes nothing issues no UPDATE, so the row version alone would not refuse a stale one.
            if (expectedVersion != settings.Version)
            {
                throw new DbUpdateConcurrencyException("The survey settings changed since the ETag was read.");
            }
            services.Db.Entry(settings).Property(s => s.Version).OriginalValue = expectedVersion.Value;
        }
        settings.Redefine(request.ThrottleDays!.Value, request.ApologyQuietDays!.Value, request.MessageWebhook?.Url, request.MessageWebhook?.Secret,
            request.EmailReplyTo, services.Now);
        await services.Db.SaveChangesAsync(cancellationToken);
        ETags.Set(services.Http.Response, settings.Version);
        return TypedResults.Ok(SurveySettingsDetails.From(settings));
    }

    /// <summary>The tenant's row, tracked; written with the defaults first if there is none (two first reads cannot both insert).</summary>
    private static async Task<SurveySettings> EnsureSavedAsync(SurveyServices services, CancellationToken cancellationToken)
    {
        if (await services.Db.Settings.SingleOrDefaultAsync(cancellationToken) is { } existing)
        {
            return existing;
        }
        var defaults = SurveySettings.DefaultFor(services.Tenant.RequiredTenantId);
        await services.Db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO survey_settings ("TenantId", "ThrottleDays", "ApologyQuietDays")
            VALUES ({defaults.TenantId}, {defaults.ThrottleDays}, {defaults.ApologyQuietDays})
            ON CONFLICT ("TenantId") DO NOTHING
            """, cancellationToken);
        return await services.Db.Settings.SingleAsync(cancellationToken);
    }
}
