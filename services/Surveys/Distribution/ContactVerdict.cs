namespace CxPlatform.Surveys.Distribution;

/// <summary>
/// What the contact rules say about contacting a customer now; when allowed, on which channel (one of <c>ContactChannels</c>) and
/// at which address (the contact point CareOutreach answered).
/// </summary>
public sealed record ContactVerdict(ContactVerdictKind Kind, string? Rule = null, DateTimeOffset? Until = null, string? Channel = null, string? Address = null)
{
    public static ContactVerdict Allow(string channel, string address) => new(ContactVerdictKind.Allowed, Channel: channel, Address: address);

    public static ContactVerdict Skip(string rule) => new(ContactVerdictKind.Skip, rule);

    public static ContactVerdict Defer(string rule, DateTimeOffset until) => new(ContactVerdictKind.Defer, rule, until);

    /// <summary>A callee could not answer: the caller defers with backoff and skips after too many attempts.</summary>
    public static ContactVerdict Unavailable(string rule) => new(ContactVerdictKind.Unavailable, rule);
}
