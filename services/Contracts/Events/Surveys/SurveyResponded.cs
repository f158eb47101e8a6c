namespace CxPlatform.Contracts;

/// <summary>A customer answered a survey: feeds CSAT/NPS/CES, topic tagging of the comment, and care playbooks (e.g. call detractors).</summary>
/// <param name="SurveyKind">One of <see cref="SurveyKinds"/>; the score's scale follows from it.</param>
/// <param name="CustomerId">Null for an anonymous response.</param>
/// <param name="Score">NPS 0–10, CSAT 1–5, CES 1–7; null for a custom survey without a rating.</param>
/// <param name="Category">One of <see cref="NpsCategories"/> for an NPS survey; null otherwise.</param>
/// <param name="InvitationId">Null for a response through an open (uninvited) link.</param>
public sealed record SurveyResponded(
    string TenantId,
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ResponseId,
    Guid SurveyId,
    int SurveyVersion,
    string SurveyKind,
    Guid? CustomerId,
    int? Score,
    string? Category,
    string? Comment,
    Guid? InvitationId,
    Guid? RelatedTicketId,
    Guid? RelatedOutreachId) : ICustomerEvent;
