using CxPlatform.Surveys.Domain;

namespace CxPlatform.Surveys.Apis;

/// <summary>
/// An invitation with its signed public link (the same link every time it is read), how it was sent (<c>channel</c>, <c>sentAt</c>,
/// the delivery's status) or why not (<c>notSentRule</c>), and its reminder.
/// </summary>
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
    string Link,
    Guid? DistributionRuleId = null,
    DateTimeOffset? SendDueAt = null,
    string? Channel = null,
    DateTimeOffset? SentAt = null,
    string? NotSentRule = null,
    InvitationDelivery? Delivery = null,
    DateTimeOffset? ReminderDueAt = null,
    DateTimeOffset? RemindedAt = null,
    string? ReminderSkipRule = null,
    InvitationDelivery? ReminderDelivery = null)
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
        link,
        invitation.DistributionRuleId,
        invitation.SendDueAt,
        invitation.Channel,
        invitation.SentAt,
        invitation.NotSentRule,
        null,
        invitation.ReminderDueAt,
        invitation.RemindedAt,
        invitation.ReminderSkipRule,
        null);
}
