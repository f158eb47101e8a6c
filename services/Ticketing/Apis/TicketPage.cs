namespace CxPlatform.Ticketing.Apis;

/// <summary>A page of tickets, newest first; pass <see cref="NextCursor"/> back as <c>cursor</c> for the next page.</summary>
public sealed record TicketPage(IReadOnlyList<TicketResponse> Items, string? NextCursor);
