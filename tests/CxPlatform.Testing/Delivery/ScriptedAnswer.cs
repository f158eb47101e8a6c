namespace CxPlatform.Testing.Delivery;

/// <summary>One answer a hook gives: a status, optionally a Retry-After header value, optionally only after a while.</summary>
public sealed record ScriptedAnswer(int Status, string? RetryAfter = null, TimeSpan? AnswerAfter = null);
