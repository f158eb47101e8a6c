using CxPlatform.Surveys.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPlatform.Surveys.Responding;

/// <summary>Either the invitation a link opens, with the version of the survey it was made for, or why the link is refused.</summary>
public sealed record InvitationAccessResult(Invitation? Invitation, SurveyDefinition? Definition, ProblemHttpResult? Problem)
{
    public static InvitationAccessResult Refused(ProblemHttpResult problem) => new(null, null, problem);
}
