namespace CxPlatform.Surveys.Invitations;

/// <summary>What a signed invitation link says: whose invitation it is and until when it may be used.</summary>
public sealed record InvitationToken(string TenantId, Guid InvitationId, DateTimeOffset ExpiresAt);
