using System.ComponentModel.DataAnnotations;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.Surveys.Infrastructure;
using CxPlatform.Surveys.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Surveys.Apis;

/// <summary>Results and the response export, for analysts and admins.</summary>
public static class ResultsApi
{
    public static IEndpointRouteBuilder MapResultsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/v1/surveys/{id:guid}").WithTags("Results").RequireAuthorization(CxPolicies.Analyst);

        api.MapGet("/results", GetResults).WithName("GetSurveyResults")
            .WithSummary("Sent, answered, response rate, score with 95% interval, distribution and latest comments for invitations created in [from, to)");
        api.MapGet("/responses.csv", ExportResponses).WithName("ExportSurveyResponses")
            .WithSummary("Every response (completed or partial) to invitations created in [from, to), as CSV");
        return app;
    }

    public static async Task<Results<Ok<SurveyResults>, NotFound>> GetResults(
        Guid id, DateTimeOffset? from, DateTimeOffset? to, [Range(1, int.MaxValue)] int? version,
        SurveysDbContext db, SurveyResultsQuery query, CancellationToken cancellationToken)
    {
        var filter = Filter(id, from, to, version);
        return await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is { } survey
            ? TypedResults.Ok(await query.RunAsync(survey, filter, cancellationToken))
            : TypedResults.NotFound();
    }

    public static async Task<Results<PushStreamHttpResult, NotFound>> ExportResponses(
        Guid id, DateTimeOffset? from, DateTimeOffset? to, [Range(1, int.MaxValue)] int? version,
        SurveysDbContext db, CancellationToken cancellationToken)
    {
        var filter = Filter(id, from, to, version);
        if (!await db.Surveys.AnyAsync(s => s.Id == id, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var versions = await db.SurveyVersions.AsNoTracking()
            .Where(v => v.SurveyId == id && (version == null || v.Number == version))
            .OrderByDescending(v => v.Number)
            .ToListAsync(cancellationToken);
        var questionIds = versions.SelectMany(v => v.Definition.Questions.Select(q => q.Id)).Distinct().ToList();
        var responses = filter.Apply(db.Responses.AsNoTracking()).OrderBy(r => r.Id).AsAsyncEnumerable();
        return TypedResults.Stream(
            body => ResponsesCsv.WriteAsync(body, questionIds, responses, cancellationToken),
            "text/csv; charset=utf-8",
            $"survey-{id}-responses.csv");
    }

    private static ResultsFilter Filter(Guid id, DateTimeOffset? from, DateTimeOffset? to, int? version) =>
        from is not null && to is not null && from >= to
            ? throw new InvalidRequestException("to", "The period ends after it starts.")
            : new ResultsFilter(id, from, to, version);
}
