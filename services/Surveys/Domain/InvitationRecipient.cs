namespace CxPlatform.Surveys.Domain;

/// <summary>Whom an invitation is for and what it relates to.</summary>
public sealed record InvitationRecipient(Guid? CustomerId, string? Language, Guid? RelatedTicketId, Guid? RelatedOutreachId);
