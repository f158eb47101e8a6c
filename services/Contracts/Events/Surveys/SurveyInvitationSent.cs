namespace CxPlatform.Contracts;

/// <summary>Surveys sent a customer a signed, single-use invitation link (response rate = responses / invitations).</summary>
/// <param name="SurveyKind">One of <see cref="SurveyKinds"/>.</param>
/// <param name="Channel">One of <see cref="ContactChannels"/>.</param>
/// <param name="DistributionRuleId">The rule that sent it; null for a manual send.</param>
public sealed record SurveyInvitationSent(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid InvitationId,
    Guid SurveyId,
    int SurveyVersion,
    string SurveyKind,
    Guid CustomerId,
    string Channel,
    DateTimeOffset ExpiresAt,
    Guid? DistributionRuleId,
    Guid? RelatedTicketId,
    Guid? RelatedOutreachId) : ICustomerEvent
{
    Guid? ICustomerEvent.CustomerId => CustomerId;
}
