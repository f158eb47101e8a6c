namespace CxPlatform.Care.Domain;

/// <summary>A care agent's note on a customer (what they told us, what to remember next time).</summary>
public sealed record CustomerNote(string Text, string Author, DateTimeOffset At);
