namespace CxPlatform.Insights.Apis;

/// <summary>A page of a customer's timeline, newest first; pass <see cref="NextCursor"/> back as <c>cursor</c> for older touchpoints.</summary>
public sealed record TimelinePage(IReadOnlyList<TimelineEntry> Items, string? NextCursor);
