using Microsoft.AspNetCore.Http.HttpResults;

namespace CxPlatform.Surveys.Responding;

/// <summary>Why a public survey link is refused; the problem names the rule so a survey page can say the right thing.</summary>
public static class InvitationProblems
{
    /// <summary>403: the link was not signed by us (tampered, truncated, made up) or belongs to another tenant than the caller's.</summary>
    public static ProblemHttpResult Invalid() => Problem(
        StatusCodes.Status403Forbidden, "invitation.invalid", "This survey link is not valid.", "Check that the whole link was copied.");

    /// <summary>410: the link was genuine but its time is over.</summary>
    public static ProblemHttpResult Expired() => Problem(
        StatusCodes.Status410Gone, "invitation.expired", "This survey link has expired.", "The survey can no longer be answered through it.");

    /// <summary>409: the one response this invitation allows is complete.</summary>
    public static ProblemHttpResult AlreadyAnswered() => Problem(
        StatusCodes.Status409Conflict, "invitation.already_answered", "This survey was already answered.", "Thank you, your answers were received.");

    private static ProblemHttpResult Problem(int status, string rule, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["rule"] = rule });
}
