using System.ComponentModel.DataAnnotations;
using CxPlatform.ServiceDefaults.Api;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.ServiceDefaults.Idempotency;
using CxPlatform.Surveys.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Surveys.Apis;

/// <summary>Survey definitions and their versions: admins write, analysts (and admins) read.</summary>
public static class SurveysApi
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/surveys").WithTags("Surveys").RequireAuthorization(CxPolicies.Analyst);

        api.MapPost("/", CreateSurvey).WithName("CreateSurvey").WithSummary("Create a survey; its definition becomes the draft of version 1")
            .RequireAuthorization(CxPolicies.Admin).WithIdempotency();
        api.MapGet("/", ListSurveys).WithName("ListSurveys").WithSummary("Surveys, oldest first, cursor-paginated");
        api.MapGet("/{id:guid}", GetSurvey).WithName("GetSurvey").WithSummary("Get a survey with its draft");
        api.MapPut("/{id:guid}/draft", ReviseDraft).WithName("ReviseSurveyDraft")
            .WithSummary("Replace the draft (after a publication: start the next version's draft); If-Match").RequireAuthorization(CxPolicies.Admin);
        api.MapPost("/{id:guid}/publish", Publish).WithName("PublishSurvey")
            .WithSummary("Freeze the draft as the next immutable version; If-Match").RequireAuthorization(CxPolicies.Admin);
        api.MapGet("/{id:guid}/versions/{version:int}", GetVersion).WithName("GetSurveyVersion").WithSummary("A published version");
        return app;
    }

    public static async Task<Created<SurveyDetails>> CreateSurvey(
        CreateSurveyRequest request, [AsParameters] SurveyServices services, CancellationToken cancellationToken)
    {
        var definition = SurveyDefinitionReader.Read(request.Kind, request.Definition);
        var survey = Survey.Create(services.Tenant.RequiredTenantId, request.Name.Trim(), request.Kind, request.Anonymous, definition, services.Now);
        services.Db.Surveys.Add(survey);
        var response = await services.SaveAsync(survey, cancellationToken);
        return TypedResults.Created($"/api/v1/surveys/{survey.Id}", response);
    }

    public static async Task<Ok<SurveyPage>> ListSurveys(
        [AsParameters] SurveyServices services, [Range(1, MaxPageSize)] int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var query = services.Db.Surveys.AsNoTracking();
        if (cursor is not null)
        {
            var after = IdCursor.TryDecode(cursor, out var lastId)
                ? lastId
                : throw new InvalidRequestException("cursor", "Pass back a nextCursor this API returned.");
            query = query.Where(s => s.Id > after);
        }
        var pageSize = limit ?? DefaultPageSize;
        var surveys = await query.OrderBy(s => s.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var next = surveys.Count > pageSize ? IdCursor.Encode(surveys[pageSize - 1].Id) : null;
        return TypedResults.Ok(new SurveyPage(surveys.Take(pageSize).Select(SurveyDetails.From).ToList(), next));
    }

    public static async Task<Results<Ok<SurveyDetails>, NotFound>> GetSurvey(
        Guid id, [AsParameters] SurveyServices services, CancellationToken cancellationToken) =>
        await services.Db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is { } survey
            ? TypedResults.Ok(services.Answer(survey))
            : TypedResults.NotFound();

    public static async Task<Results<Ok<SurveyDetails>, NotFound>> ReviseDraft(
        Guid id, ReviseSurveyRequest request, [AsParameters] SurveyServices services, CancellationToken cancellationToken)
    {
        if (await services.FindForChangeAsync(id, cancellationToken) is not { } survey)
        {
            return TypedResults.NotFound();
        }
        survey.ReviseDraft(request.Name?.Trim(), SurveyDefinitionReader.Read(survey.Kind, request.Definition), services.Now);
        return TypedResults.Ok(await services.SaveAsync(survey, cancellationToken));
    }

    public static async Task<Results<Ok<SurveyDetails>, NotFound>> Publish(
        Guid id, [AsParameters] SurveyServices services, CancellationToken cancellationToken)
    {
        if (await services.FindForChangeAsync(id, cancellationToken) is not { } survey)
        {
            return TypedResults.NotFound();
        }
        services.Db.SurveyVersions.Add(survey.Publish(services.Now));
        return TypedResults.Ok(await services.SaveAsync(survey, cancellationToken));
    }

    public static async Task<Results<Ok<SurveyVersionDetails>, NotFound>> GetVersion(
        Guid id, int version, [AsParameters] SurveyServices services, CancellationToken cancellationToken) =>
        await services.Db.SurveyVersions.AsNoTracking().SingleOrDefaultAsync(v => v.SurveyId == id && v.Number == version, cancellationToken) is { } found
            ? TypedResults.Ok(SurveyVersionDetails.From(found))
            : TypedResults.NotFound();
}
