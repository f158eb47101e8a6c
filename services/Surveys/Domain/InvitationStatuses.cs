namespace CxPlatform.Surveys.Domain;

/// <summary>Where an invitation is: created → sent (handed to delivery) → opened → partially_answered → answered; or expired.</summary>
public static class InvitationStatuses
{
    public const string Created = "created";
    public const string Sent = "sent";
    public const string Opened = "opened";
    public const string PartiallyAnswered = "partially_answered";
    public const string Answered = "answered";

    /// <summary>Past its expiry without an answer: stored by the distribution scheduler at the instant, and reported so on read before that.</summary>
    public const string Expired = "expired";

    public static readonly IReadOnlyList<string> All = [Created, Sent, Opened, PartiallyAnswered, Answered, Expired];
}
