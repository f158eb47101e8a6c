namespace CxPlatform.Surveys.Domain;

/// <summary>One time a contact rule held a planned invitation back: <c>skipped</c> for good, or <c>deferred</c> until <paramref name="Until"/>.</summary>
public sealed record ContactDecision(string Rule, string Outcome, DateTimeOffset At, DateTimeOffset? Until)
{
    public const string SkippedOutcome = "skipped";
    public const string DeferredOutcome = "deferred";
}
