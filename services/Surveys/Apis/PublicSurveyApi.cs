using CxPlatform.ServiceDefaults.Errors;
using CxPlatform.Surveys.Domain;
using CxPlatform.Surveys.Infrastructure;
using CxPlatform.Surveys.Responding;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CxPlatform.Surveys.Apis;

/// <summary>
/// The respondent's side, without login: the signed link is the only credential and names the tenant. Refused links (403 invalid,
/// 410 expired, 409 already answered) write nothing.
/// </summary>
public static class PublicSurveyApi
{
    public static IEndpointRouteBuilder MapPublicSurveyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("s").WithTags("Respond").AllowAnonymous();

        api.MapGet("/{token}", GetSurvey).WithName("GetPublicSurvey")
            .WithSummary("The survey's questions in the invitation's language (else the closest, else the default) and the answers so far");
        api.MapPost("/{token}/answers", SubmitAnswers).WithName("SubmitAnswers")
            .WithSummary("Keep answers (partial answers too); complete=true finishes the one response this invitation allows");
        return app;
    }

    public static async Task<Results<Ok<PublicSurvey>, ProblemHttpResult>> GetSurvey(
        string token, InvitationAccess access, SurveysDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(token, cancellationToken);
        if (opened is not { Invitation: { } invitation, Definition: { } definition })
        {
            return opened.Problem!;
        }
        var now = time.GetUtcNow();
        var response = await db.Responses.AsNoTracking().SingleOrDefaultAsync(r => r.InvitationId == invitation.Id, cancellationToken);
        invitation.Open(now);
        await db.SaveChangesAsync(cancellationToken);
        var language = response?.Language ?? definition.LanguageFor(invitation.Language);
        return TypedResults.Ok(PublicSurvey.From(definition, language, invitation, response, now));
    }

    public static async Task<Results<Ok<AnswersReceipt>, ProblemHttpResult>> SubmitAnswers(
        string token, SubmitAnswersRequest request, InvitationAccess access, SurveysDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var opened = await access.OpenAsync(token, cancellationToken);
        if (opened is not { Invitation: { } invitation, Definition: { } definition })
        {
            return opened.Problem!;
        }
        var answers = AnswerReader.Read(request.Answers, definition);
        if (answers.Count == 0 && !request.Complete)
        {
            throw new InvalidRequestException("answers", "Give at least one answer, or complete the response.");
        }
        var now = time.GetUtcNow();
        var response = await db.Responses.SingleOrDefaultAsync(r => r.InvitationId == invitation.Id, cancellationToken);
        if (response is null)
        {
            response = SurveyResponse.Start(invitation, definition.LanguageFor(invitation.Language), now);
            db.Responses.Add(response);
        }
        response.Record(answers, now);
        if (request.Complete)
        {
            response.Complete(definition, now);
        }
        invitation.RecordAnswers(response.IsCompleted, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new AnswersReceipt(
            invitation.StatusAt(now),
            response.IsCompleted,
            definition.Questions.Where(q => response.Answers.ContainsKey(q.Id)).Select(q => q.Id).ToList(),
            definition.Questions.Where(q => q.Required && !response.Answers.ContainsKey(q.Id)).Select(q => q.Id).ToList()));
    }
}
