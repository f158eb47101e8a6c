namespace CxPlatform.AppHost.Hosting.State;

public sealed record LogLine(DateTimeOffset At, string Text, bool IsError);
