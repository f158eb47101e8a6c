namespace CxPlatform.Surveys.Distribution;

/// <summary>What the contact rules say about issuing a planned invitation now.</summary>
public sealed record ContactVerdict(ContactVerdictKind Kind, string? Rule = null, DateTimeOffset? Until = null)
{
    public static readonly ContactVerdict Allowed = new(ContactVerdictKind.Allowed);

    public static ContactVerdict Skip(string rule) => new(ContactVerdictKind.Skip, rule);

    public static ContactVerdict Defer(string rule, DateTimeOffset until) => new(ContactVerdictKind.Defer, rule, until);

    /// <summary>A callee could not answer: the issuer defers with backoff and skips after too many attempts.</summary>
    public static ContactVerdict Unavailable(string rule) => new(ContactVerdictKind.Unavailable, rule);
}
