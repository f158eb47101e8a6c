namespace CxPlatform.Contracts;

/// <summary>How a care outreach ended; skipped means the contact policy did not allow it.</summary>
public static class OutreachOutcomes
{
    public const string Reached = "reached";
    public const string MessageSent = "message_sent";
    public const string NoAnswer = "no_answer";
    public const string Declined = "declined";
    public const string Undeliverable = "undeliverable";
    public const string Skipped = "skipped";

    public static readonly IReadOnlyList<string> All = [Reached, MessageSent, NoAnswer, Declined, Undeliverable, Skipped];
}
