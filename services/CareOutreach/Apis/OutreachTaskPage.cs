namespace CxPlatform.Care.Apis;

/// <summary>A page of outreach tasks, soonest due first; pass <see cref="NextCursor"/> back as <c>cursor</c> for the next page.</summary>
public sealed record OutreachTaskPage(IReadOnlyList<OutreachTaskResponse> Items, string? NextCursor);
