namespace CxPlatform.Ticketing.Apis;

/// <summary>The ticket to merge into; this ticket closes and points to it.</summary>
public sealed record MergeTicketRequest(Guid TargetTicketId);
