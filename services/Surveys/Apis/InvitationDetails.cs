using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>An invitation with its signed public link (the same link every time it is read).</summary>
public sealed record InvitationDetails(
    Guid Id,
    Guid SurveyId,
    int SurveyVersion,
    string Status,
    Guid? CustomerId,
    string? Language,
    Guid? RelatedTicketId,
    Guid? RelatedOutreachId,
    DateTimeOffset ExpiresAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? AnsweredAt,
    string Token,
    string Link)
{
    public static InvitationDetails From(Invitation invitation, DateTimeOffset now, string token, string link) => new(
        invitation.Id,
        invitation.SurveyId,
        invitation.SurveyVersion,
        invitation.StatusAt(now),
        invitation.CustomerId,
        invitation.Language,
        invitation.RelatedTicketId,
        invitation.RelatedOutreachId,
        invitation.ExpiresAt,
        invitation.CreatedAt,
        invitation.OpenedAt,
        invitation.AnsweredAt,
        token,
        link);
}
