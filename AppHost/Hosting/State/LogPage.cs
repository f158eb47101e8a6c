namespace CxPlatform.AppHost.Hosting.State;

/// <summary>
/// Lines of a resource's console log: <see cref="LastSequence"/> is the newest line's number whether it matched or not, so a
/// follower asks for <c>after=LastSequence</c> next; <see cref="FirstSequence"/> is the oldest line still kept.
/// </summary>
public sealed record LogPage(IReadOnlyList<LogLine> Lines, long FirstSequence, long LastSequence);
