using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Surveys.Apis;

/// <summary>
/// Whom to invite (a CareOutreach customer id; optional only for an anonymous survey), in which language, about which ticket or
/// outreach, and until when (by default <c>Surveys:DefaultInvitationLifetime</c> from now). <c>deliver: false</c> when the caller
/// passes the link on itself: Surveys then sends nothing.
/// </summary>
public sealed record CreateInvitationRequest(
    Guid? CustomerId = null,
    [LanguageTag] string? Language = null,
    Guid? RelatedTicketId = null,
    Guid? RelatedOutreachId = null,
    DateTimeOffset? ExpiresAt = null,
    bool Deliver = true);
