namespace CxPlatform.Delivery.Tests.Servers;

/// <summary>One answer a hook gives: a status and, optionally, a Retry-After header value.</summary>
public sealed record ScriptedAnswer(int Status, string? RetryAfter = null);
