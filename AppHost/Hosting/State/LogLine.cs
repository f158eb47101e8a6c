namespace CxPlatform.AppHost.Hosting.State;

/// <summary>One console line of a resource; <paramref name="Sequence"/> grows by one per line of that resource, from 1.</summary>
public sealed record LogLine(long Sequence, DateTimeOffset At, string Text, bool IsError);
