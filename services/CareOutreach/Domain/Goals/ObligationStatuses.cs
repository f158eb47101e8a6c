using CxPlatform.Contracts;

namespace CxPlatform.Care.Domain.Goals;

/// <summary>
/// Where an outreach task stands as an obligation under its care goal. It is <c>met</c> when it is completed <c>done</c>
/// with an outcome that counts as contact at or before its due instant, and <c>missed</c> once the due instant passed
/// without that; a miss is final, a late completion does not undo it.
/// </summary>
public static class ObligationStatuses
{
    public const string Open = "open";
    public const string Met = "met";
    public const string Missed = "missed";

    /// <summary>The outcomes that mean the customer was contacted: <c>no_answer</c> and <c>declined</c> do not meet a goal.</summary>
    public static readonly IReadOnlyList<string> ContactOutcomes = [OutreachOutcomes.Reached, OutreachOutcomes.MessageSent];
}
